import { ProblemDetails } from './problem-details';

/** Each bounded context registers how its domain errors read as HTTP problems. */
export type ProblemMapper = (error: unknown) => ProblemDetails | null;

export const PROBLEM_MAPPERS = Symbol('PROBLEM_MAPPERS');

/** Opens what an answer may hold sealed (the current state in a 409) for the request's reader; the platform provides it. */
export type ProblemRevealer = (body: ProblemDetails, request: import('express').Request) => Promise<ProblemDetails>;
export const PROBLEM_REVEALER = Symbol('PROBLEM_REVEALER');
