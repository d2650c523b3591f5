import { CommandOutcome } from '@vigil/command-handling';
import { answer } from '@vigil/http-commands';
import type { Response } from 'express';
import { ActivationState } from '../domain/activation.state';

/** The kernel's answer, saying whether the activation is an exercise: the page and its clients mark it everywhere. */
export function answerActivation<T extends object>(response: Response, outcome: CommandOutcome<ActivationState>, extra: T & { activationId: string }) {
  const exercise = outcome.state.status === 'none' ? {} : { exercise: outcome.state.exercise };
  return answer(response, outcome, { ...extra, ...exercise });
}
