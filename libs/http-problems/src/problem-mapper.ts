import { ProblemDetails } from './problem-details';

/** Each bounded context registers how its domain errors read as HTTP problems. */
export type ProblemMapper = (error: unknown) => ProblemDetails | null;

export const PROBLEM_MAPPERS = Symbol('PROBLEM_MAPPERS');
