import { said } from '@vigil/event-sourcing';
import { DataProtectionError } from './data-protection.errors';
import { ErasureBasis, SubjectEvent } from './subject.events';
import { SubjectState } from './subject.state';

export interface EraseSubject {
  subject: string;
  recordType: string;
  basis: ErasureBasis;
  actor: string;
}

/** Erases once: a second erasure of the same record records nothing; a record under legal hold is refused. */
export function decideErase(command: EraseSubject, state: SubjectState, now: Date): SubjectEvent[] {
  if (state.erased) return [];
  if (state.holds.length > 0) {
    const reasons = state.holds.map((h) => h.reason).join('; ');
    throw new DataProtectionError(
      'under-legal-hold',
      `The record is under legal hold (${reasons}); lift the hold before erasing it`,
      'subject',
      said('data-protection.under-legal-hold', { reasons }),
    );
  }
  return [
    {
      type: 'data-protection.subject-erased.v1',
      data: { subject: command.subject, recordType: command.recordType, basis: command.basis, erasedBy: command.actor, erasedAt: now.toISOString() },
    },
  ];
}

export interface PlaceLegalHold {
  subject: string;
  holdId: string;
  reason: string;
  caseReference: string | null;
  actor: string;
}

export function decidePlaceHold(command: PlaceLegalHold, state: SubjectState): SubjectEvent[] {
  if (state.holds.some((h) => h.holdId === command.holdId)) return [];
  return [
    {
      type: 'data-protection.legal-hold-placed.v1',
      data: { subject: command.subject, holdId: command.holdId, reason: command.reason, caseReference: command.caseReference, placedBy: command.actor },
    },
  ];
}

export interface LiftLegalHold {
  subject: string;
  holdId: string;
  reason: string;
  actor: string;
}

export function decideLiftHold(command: LiftLegalHold, state: SubjectState): SubjectEvent[] {
  if (!state.holds.some((h) => h.holdId === command.holdId)) {
    throw new DataProtectionError('hold-not-found', 'The record has no open legal hold with that id', 'holdId', said('data-protection.hold-not-found'));
  }
  return [
    {
      type: 'data-protection.legal-hold-lifted.v1',
      data: { subject: command.subject, holdId: command.holdId, reason: command.reason, liftedBy: command.actor },
    },
  ];
}

export interface ChangeRestriction {
  subject: string;
  restrict: boolean;
  reason: string;
  actor: string;
}

export function decideRestriction(command: ChangeRestriction, state: SubjectState): SubjectEvent[] {
  if (command.restrict) {
    if (state.restricted)
      throw new DataProtectionError('already-restricted', 'The record is already restricted', 'subject', said('data-protection.already-restricted'));
    return [{ type: 'data-protection.subject-restricted.v1', data: { subject: command.subject, reason: command.reason, restrictedBy: command.actor } }];
  }
  if (!state.restricted) throw new DataProtectionError('not-restricted', 'The record is not restricted', 'subject', said('data-protection.not-restricted'));
  return [{ type: 'data-protection.restriction-lifted.v1', data: { subject: command.subject, reason: command.reason, liftedBy: command.actor } }];
}
