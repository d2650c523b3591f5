import { ChangeCommandDto } from '@vigil/http-commands';
import { IsISO8601, IsString, Matches, MaxLength } from 'class-validator';
import { PSEUDONYMOUS_REF } from '../domain/crisis.vocabulary';

/** Applies a list of property decorators (class-validator's are plain functions). */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export const Text = (max = 4000) => all(IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(max));
export const Instant = () => IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' });
export const StaffRef = () => Matches(PSEUDONYMOUS_REF, { message: '$property must be a pseudonymous reference such as ST-7K3Q9P, never a name' });

/** The kernel's expectedRevision, under this context's own schema name in the OpenAPI document. */
export class CrisisChangeCommandDto extends ChangeCommandDto {}
