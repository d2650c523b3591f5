import { said } from '@vigil/event-sourcing';
import { CommunicationLogged } from '../domain/activation.events';
import { requireCorrectable, requireLoggable } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireFlag, requireInstant, requireOneOf, requireRef, requireText } from '../domain/crisis.rules';
import { AUDIENCES, CHANNELS } from '../domain/crisis.vocabulary';

export interface LogCommunication {
  activationId: string;
  entryId: string;
  audience: unknown;
  channel: unknown;
  summary: unknown;
  released: unknown;
  communicatedBy: unknown;
  communicatedAt: unknown;
  corrects?: string | null;
  correctionReason?: string | null;
  actor: string;
}

/** Logs a communication (or a correction of one): to whom, how, what, and whether it left the service. */
export function decide(command: LogCommunication, state: ActivationState, now: Date): CommunicationLogged[] {
  const activation = requireLoggable(state, command.activationId, command.corrects != null);
  if (activation.log.some((e) => e.entryId === command.entryId))
    throw new CrisisReadinessError('invalid-value', `Entry ${command.entryId} is already in the log`, 'entryId', said('crisis-readiness.entry-exists'));
  const correction = requireCorrectable(activation, 'communication', command.corrects, command.correctionReason);
  return [
    {
      type: 'crisis-readiness.communication-logged.v1',
      data: {
        activationId: command.activationId,
        entryId: command.entryId,
        audience: requireOneOf(AUDIENCES, command.audience, 'audience'),
        channel: requireOneOf(CHANNELS, command.channel, 'channel'),
        summary: requireText(command.summary, 'summary'),
        released: requireFlag(command.released, 'released'),
        communicatedBy: requireRef(command.communicatedBy, 'communicatedBy'),
        communicatedAt: requireInstant(command.communicatedAt, 'communicatedAt', now, activation.activatedAt),
        loggedAt: now.toISOString(),
        ...correction,
      },
    },
  ];
}
