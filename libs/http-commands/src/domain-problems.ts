import { DomainError } from '@vigil/event-sourcing';
import { problem, ProblemMapper } from '@vigil/http-problems';

type ErrorClass<Code extends string> = abstract new (...args: never[]) => DomainError<Code>;

/**
 * A context's domain errors as HTTP problems, from its table of codes to statuses: each names its
 * field where it has one, and a 409 carries the revision and state it was refused against.
 */
export function domainProblems<Code extends string>(errorClass: ErrorClass<Code>, status: Record<Code, number>): ProblemMapper {
  return (error) => {
    if (!(error instanceof errorClass)) return null;
    const code = error.code as Code;
    const current = status[code] === 409 && error.current ? { currentRevision: error.current.revision, current: error.current.state } : {};
    const errors = error.field ? { errors: [{ field: error.field, message: error.message }] } : {};
    return problem(status[code], code, code.replace(/-/g, ' '), error.message, { ...errors, ...current });
  };
}
