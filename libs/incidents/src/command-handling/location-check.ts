import { RequestValidationException, WORDS } from '@vigil/http-problems';
import { areaProblem, areaWords, institutionProblem } from '@vigil/organisation';
import { LocationDto } from './incident-dto-parts';

/**
 * A location names its area or region and institution from the organisation catalogue, in a country this installation
 * serves, and the institution lies in the stated area: never free text.
 */
export function checkLocation(location: LocationDto | undefined, field = 'location'): void {
  if (!location) return;
  const area = areaProblem(location.area);
  if (area) throw new RequestValidationException([{ field: `${field}.area`, message: area, [WORDS]: areaWords(location.area) ?? undefined }]);
  if (location.type !== 'institution') return;
  const problem = institutionProblem(location.institution, location.area);
  if (problem) throw new RequestValidationException([{ field: `${field}.${problem.field}`, message: problem.message, [WORDS]: problem.words }]);
}

/** Off-duty locations carry no institution or unit. */
export function toDomainLocation(location: LocationDto) {
  return location.type === 'institution'
    ? { type: 'institution' as const, area: location.area, institution: location.institution!, ...(location.unit ? { unit: location.unit } : {}) }
    : { type: 'off-duty' as const, area: location.area };
}
