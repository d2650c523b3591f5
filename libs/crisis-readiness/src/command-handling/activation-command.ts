import type { Response } from 'express';
import { activationStreamId } from '../crisis-streams';
import { ActivationEvent } from '../domain/activation.events';
import { ActivationState } from '../domain/activation.state';
import { CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer } from './http-parts';
import { StreamExecutor } from './stream-executor';
import { ACTIVATION_MODEL } from './stream-models';

export interface ActivationTarget {
  activationId: string;
  actor: string;
  request: CommandRequestInfo;
  bodyRevision?: number;
  response: Response;
}

/** The shared shape of every command on an activation: load, decide, append, answer with the new ETag. */
export async function activationCommand<T extends object>(executor: StreamExecutor, target: ActivationTarget, decide: (state: ActivationState, now: Date) => ActivationEvent[], extra?: T) {
  const { activationId, actor, request, response } = target;
  const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, target.bodyRevision) };
  const outcome = await executor.execute(activationStreamId(activationId), ACTIVATION_MODEL, context, decide);
  return answer(response, outcome, { activationId, ...(extra ?? {}) });
}
