import { said } from '@vigil/event-sourcing';
import { CoerciveMeasureError } from '../domain/placement.errors';
import { DoctorArrived } from '../domain/placement.events';
import { optionalText, requireInstant, requireNotBefore, requireNotYet, requireOneOf, requireStarted } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';
import { DOCTOR_ASSESSMENTS } from '../domain/placement.vocabulary';

export type RecordDoctorArrival = DoctorArrived['data'] & { actor: string };

export function decide(command: RecordDoctorArrival, state: PlacementState, now: Date): DoctorArrived[] {
  const placement = requireStarted(state, command.placementId);
  if (!placement.doctorCalledAt)
    throw new CoerciveMeasureError('invalid-transition', 'Record the doctor call before the arrival', undefined, said('coercive-measures.call-first'));
  requireNotYet(placement.doctorArrivedAt, 'doctor arrival');
  const arrivedAt = requireInstant(command.arrivedAt, now, 'arrivedAt');
  requireNotBefore(arrivedAt, placement.doctorCalledAt, 'arrivedAt', 'the doctor call');
  const note = optionalText(command.note, 'note');
  return [
    {
      type: 'coercive-measures.doctor-arrived.v1',
      data: {
        placementId: command.placementId,
        arrivedAt,
        assessment: requireOneOf(DOCTOR_ASSESSMENTS, command.assessment, 'assessment'),
        ...(note ? { note } : {}),
      },
    },
  ];
}
