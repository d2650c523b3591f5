import type { Response } from 'express';
import { runStreamId } from '../action-card-streams';
import { RunEvent } from '../domain/run.events';
import { RunState } from '../domain/run.state';
import { CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer } from './http-parts';
import { StreamExecutor } from './stream-executor';
import { RUN_MODEL } from './stream-models';

/** The shared shape of every step command: load the run, decide, append, answer with the new ETag. */
export async function runStepCommand(
  executor: StreamExecutor,
  target: { runId: string; stepId: string; actor: string; request: CommandRequestInfo; bodyRevision?: number; response: Response },
  decide: (state: RunState, now: Date) => RunEvent[],
) {
  const { runId, stepId, actor, request, response } = target;
  const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, target.bodyRevision) };
  const outcome = await executor.execute(runStreamId(runId), RUN_MODEL, context, decide);
  return answer(response, outcome, { runId, stepId });
}
