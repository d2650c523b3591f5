import type { Response } from 'express';
import { planStreamId } from '../crisis-streams';
import { PlanEvent } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';
import { CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer } from './http-parts';
import { StreamExecutor } from './stream-executor';
import { PLAN_MODEL } from './stream-models';

/** The shared shape of a command on a plan: load, decide, append, answer with the new ETag. */
export async function planCommand(executor: StreamExecutor, target: { planId: string; actor: string; request: CommandRequestInfo; bodyRevision?: number; response: Response }, decide: (state: PlanState, now: Date) => PlanEvent[]) {
  const { planId, actor, request, response } = target;
  const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, target.bodyRevision) };
  return answer(response, await executor.execute(planStreamId(planId), PLAN_MODEL, context, decide), { planId });
}
