import { RequestValidationException } from '@vigil/http-problems';
import { findInstitution } from '@vigil/organisation';
import { LocationDto } from './incident-dto-parts';

/** An institution must exist and belong to the stated area. */
export function checkLocation(location: LocationDto | undefined, field = 'location'): void {
  if (!location || location.type !== 'institution') return;
  const institution = findInstitution(location.institution ?? '');
  if (!institution) throw new RequestValidationException([{ field: `${field}.institution`, message: `unknown institution "${location.institution}"` }]);
  if (institution.area !== location.area) {
    throw new RequestValidationException([{ field: `${field}.area`, message: `${institution.name} lies in area ${institution.area}, not ${location.area}` }]);
  }
}

/** Off-duty locations carry no institution or unit. */
export function toDomainLocation(location: LocationDto) {
  return location.type === 'institution'
    ? { type: 'institution' as const, area: location.area, institution: location.institution!, ...(location.unit ? { unit: location.unit } : {}) }
    : { type: 'off-duty' as const, area: location.area };
}
