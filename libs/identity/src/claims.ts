import { findArea, findInstitution } from '@vigil/organisation';
import { isStaffRef } from '@vigil/actors';
import { Principal, parseUnit, Role, ROLES } from './principal';

/** The access token's claims Vigil reads (the README says how to map them in Keycloak or another provider). */
export const CLAIMS = { staffRef: 'staff_ref', roles: 'vigil_roles', unit: 'vigil_unit' } as const;

/** Machine actors (deadline workers, the relay, run starters) act inside Vigil only; no token may claim one. */
export const MACHINE_ACTOR = /^SYS-/;

export class ClaimsError extends Error {
  constructor(
    readonly claim: string,
    message: string,
  ) {
    super(message);
  }
}

/** The principal a verified token names, or a ClaimsError saying which claim is missing or wrong. */
export function principalFrom(claims: Record<string, unknown>): Principal {
  const staffRef = claims[CLAIMS.staffRef];
  if (!isStaffRef(staffRef)) throw new ClaimsError(CLAIMS.staffRef, 'must be a pseudonymous staff reference such as ST-7K3Q9P');
  if (MACHINE_ACTOR.test(staffRef)) throw new ClaimsError(CLAIMS.staffRef, 'names one of Vigil’s own machine actors, which no person may act as');
  const roles = claims[CLAIMS.roles];
  if (!Array.isArray(roles)) throw new ClaimsError(CLAIMS.roles, 'must be a list of roles');
  const known = roles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role));
  const unit = parseUnit(claims[CLAIMS.unit]);
  if (!unit) throw new ClaimsError(CLAIMS.unit, 'must be national, area:<area> or institution:<institution>');
  // A unit names an area or institution of the organisation catalogue (of either country: history stays readable).
  if ((unit.kind === 'area' && !findArea(unit.area)) || (unit.kind === 'institution' && !findInstitution(unit.institution)))
    throw new ClaimsError(CLAIMS.unit, 'names no area or institution in the organisation catalogue');
  return { staffRef, roles: known, unit };
}
