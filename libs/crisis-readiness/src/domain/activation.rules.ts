import { said } from '@vigil/event-sourcing';
import { ActivationState, LogEntry, StartedActivation } from './activation.state';
import { CrisisReadinessError } from './crisis.errors';

export function requireActivation(state: ActivationState, activationId: string): StartedActivation {
  if (state.status === 'none')
    throw new CrisisReadinessError('activation-not-found', `No crisis activation ${activationId} is recorded`, undefined, said('not-found.activation'));
  return state;
}

export function requireActive(state: ActivationState, activationId: string, action: string): StartedActivation & { status: 'active' } {
  const started = requireActivation(state, activationId);
  if (started.status !== 'active')
    throw new CrisisReadinessError(
      'invalid-transition',
      `Cannot ${action}: activation ${activationId} is stood down (reopen it first)`,
      undefined,
      said('crisis-readiness.stood-down'),
    );
  return started;
}

/**
 * Checks what a new log entry may correct. Entries are never edited: a correction is a new entry of
 * the same kind pointing at the latest version of what it corrects, and both stay visible.
 */
export function requireCorrectable(
  state: StartedActivation,
  kind: LogEntry['kind'],
  corrects: string | null | undefined,
  reason: string | null | undefined,
): { corrects: string | null; correctionReason: string | null } {
  if (corrects === undefined || corrects === null) {
    if (reason)
      throw new CrisisReadinessError(
        'invalid-value',
        'correctionReason is only given with corrects',
        'correctionReason',
        said('crisis-readiness.reason-without-correction'),
      );
    return { corrects: null, correctionReason: null };
  }
  const target = state.log.find((e) => e.entryId === corrects);
  if (!target || target.kind !== kind)
    throw new CrisisReadinessError(
      'entry-not-found',
      `No ${kind} entry ${corrects} in this activation's log`,
      'corrects',
      said('crisis-readiness.entry-not-found', { kind }),
    );
  if (target.correctedBy)
    throw new CrisisReadinessError(
      'entry-already-corrected',
      `Entry ${corrects} was already corrected by ${target.correctedBy}; correct that one instead`,
      'corrects',
      said('crisis-readiness.entry-already-corrected'),
    );
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (!why)
    throw new CrisisReadinessError(
      'reason-required',
      'A correction states why in correctionReason',
      'correctionReason',
      said('crisis-readiness.correction-reason'),
    );
  return { corrects, correctionReason: why };
}

/** Log entries may be written while active, and corrected afterwards too (notoriety beats tidiness). */
export function requireLoggable(state: ActivationState, activationId: string, isCorrection: boolean): StartedActivation {
  return isCorrection ? requireActivation(state, activationId) : requireActive(state, activationId, 'log a new entry');
}
