export type ActionCardErrorCode =
  | 'invalid-value'
  | 'template-not-found'
  | 'template-already-exists'
  | 'template-retired'
  | 'nothing-to-publish'
  | 'run-not-found'
  | 'run-already-started'
  | 'run-completed'
  | 'step-not-found'
  | 'step-not-open'
  | 'step-not-closed'
  | 'prerequisites-open'
  | 'note-required'
  | 'justification-required'
  | 'reason-required'
  | 'no-change';

/** A command the action-card rules refuse; `field` names the offending input where there is one. */
export class ActionCardError extends Error {
  /** Set by the command handler: the stream's revision and state the command was refused against. */
  current?: { revision: number | null; state: unknown };

  constructor(readonly code: ActionCardErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'ActionCardError';
  }
}
