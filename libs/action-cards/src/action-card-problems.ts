import { domainProblems } from '@vigil/http-commands';
import { ActionCardError, ActionCardErrorCode } from './domain/action-card.errors';

const STATUS: Record<ActionCardErrorCode, number> = {
  'invalid-value': 400,
  'template-not-found': 404,
  'template-already-exists': 409,
  'template-retired': 409,
  'nothing-to-publish': 409,
  'run-not-found': 404,
  'run-already-started': 409,
  'run-completed': 409,
  'step-not-found': 404,
  'step-not-open': 409,
  'step-not-closed': 409,
  'prerequisites-open': 409,
  'note-required': 400,
  'justification-required': 400,
  'reason-required': 400,
  'no-change': 422,
};

/** Action-card errors as HTTP problems; a refused 409 carries the run or card as it stands. */
export const actionCardProblems = domainProblems(ActionCardError, STATUS);
