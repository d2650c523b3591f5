import { said } from '@vigil/event-sourcing';
import { DecisionLogged } from '../domain/activation.events';
import { requireCorrectable, requireLoggable } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireInstant, requireRef, requireText } from '../domain/crisis.rules';

export interface LogDecision {
  activationId: string;
  entryId: string;
  decision: unknown;
  rationale: unknown;
  legalBasis: unknown;
  alternativesConsidered: unknown;
  decidedBy: unknown;
  decidedAt: unknown;
  corrects?: string | null;
  correctionReason?: string | null;
  actor: string;
}

/** Proportionality (`003_…`): alternatives are weighed before force; the log says which. */
function alternatives(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new CrisisReadinessError(
      'invalid-value',
      'alternativesConsidered must list at least one alternative weighed (or why there was none)',
      'alternativesConsidered',
      said('crisis-readiness.alternatives'),
    );
  }
  return value.map((a, i) => requireText(a, `alternativesConsidered.${i}`, 1000));
}

/** Logs a decision, or a correction of one; the corrected entry stays in the log, marked as corrected. */
export function decide(command: LogDecision, state: ActivationState, now: Date): DecisionLogged[] {
  const activation = requireLoggable(state, command.activationId, command.corrects != null);
  if (activation.log.some((e) => e.entryId === command.entryId))
    throw new CrisisReadinessError('invalid-value', `Entry ${command.entryId} is already in the log`, 'entryId', said('crisis-readiness.entry-exists'));
  const correction = requireCorrectable(activation, 'decision', command.corrects, command.correctionReason);
  return [
    {
      type: 'crisis-readiness.decision-logged.v1',
      data: {
        activationId: command.activationId,
        entryId: command.entryId,
        decision: requireText(command.decision, 'decision'),
        rationale: requireText(command.rationale, 'rationale'),
        legalBasis: requireText(command.legalBasis, 'legalBasis', 1000),
        alternativesConsidered: alternatives(command.alternativesConsidered),
        decidedBy: requireRef(command.decidedBy, 'decidedBy'),
        decidedAt: requireInstant(command.decidedAt, 'decidedAt', now, activation.activatedAt),
        loggedAt: now.toISOString(),
        ...correction,
      },
    },
  ];
}
