import { DoctorCalled } from '../domain/placement.events';
import { requireInstant, requireNotBefore, requireNotYet, requireOneOf, requireStarted } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';
import { DOCTOR_CALL_REASONS } from '../domain/placement.vocabulary';

export type CallDoctor = DoctorCalled['data'] & { actor: string };

/** A doctor may be called during the placement or after it (e.g. an injury noticed at the end). */
export function decide(command: CallDoctor, state: PlacementState, now: Date): DoctorCalled[] {
  const placement = requireStarted(state, command.placementId);
  requireNotYet(placement.doctorCalledAt, 'doctor call');
  const calledAt = requireInstant(command.calledAt, now, 'calledAt');
  requireNotBefore(calledAt, placement.startedAt, 'calledAt', 'the start of the placement');
  return [
    {
      type: 'coercive-measures.doctor-called.v1',
      data: { placementId: command.placementId, calledAt, reason: requireOneOf(DOCTOR_CALL_REASONS, command.reason, 'reason') },
    },
  ];
}
