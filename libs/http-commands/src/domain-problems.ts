import { DomainError } from '@vigil/event-sourcing';
import { problem, ProblemMapper, WORDS } from '@vigil/http-problems';

type ErrorClass<Code extends string> = abstract new (...args: never[]) => DomainError<Code>;

/** A context's problem mapper, with the codes it answers for (the missing-key test checks each has a title). */
export type DomainProblemMapper = ProblemMapper & { readonly codes: readonly string[] };

/**
 * A context's domain errors as HTTP problems, from its table of codes to statuses: each names its
 * field where it has one, and a 409 carries the revision and state it was refused against. The code is the
 * problem's type and its title's catalogue key (`problem.<code>`); the error's words, where it has them, are the
 * detail and the field's message in the reader's language (ProblemFilter words them).
 */
export function domainProblems<Code extends string>(errorClass: ErrorClass<Code>, status: Record<Code, number>): DomainProblemMapper {
  const map: ProblemMapper = (error) => {
    if (!(error instanceof errorClass)) return null;
    const code = error.code as Code;
    const current = status[code] === 409 && error.current ? { currentRevision: error.current.revision, current: error.current.state } : {};
    const words = error.words ? { [WORDS]: error.words } : {};
    const errors = error.field ? { errors: [{ field: error.field, message: error.message, ...words }] } : {};
    return { ...problem(status[code], code, code.replace(/-/g, ' '), error.message, { ...errors, ...current }), ...words };
  };
  return Object.assign(map, { codes: Object.keys(status) });
}
