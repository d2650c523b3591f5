/**
 * A value a message names: text, a number, a list (joined as the language joins one), a span of minutes (read as
 * days and hours), a moment (read as a date and time), or a term: another catalogue message, such as a fact's name.
 */
export type WordValue = string | number | readonly string[] | { minutes: number } | { at: string } | { term: string };

/**
 * What a person is told, as a catalogue key and the values it names (libs/i18n words it in the reader's language):
 * the domain stays free of languages, and the HTTP edge picks one per request.
 */
export interface Words {
  key: string;
  values?: Record<string, WordValue>;
}

/** Words for a message; the missing-key test finds every `said('…')` in the code and checks each language has it. */
export const said = (key: string, values?: Record<string, WordValue>): Words => (values ? { key, values } : { key });

/**
 * A command the rules refuse. Each context subclasses it with a closed union of codes; `field`
 * names the offending input, and the command runner attaches what the stream held when refused.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  /** Set by the command runner: the stream's revision and state the command was refused against. */
  current?: { revision: number | null; state: unknown };

  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
    /** The refusal in words for a person; without them the problem's title (by code) says what is wrong. */
    readonly words?: Words,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command named a revision the stream has moved past, or lost a race; carries what is there now. */
export class StaleRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedRevision: number | null,
    readonly currentRevision: number | null,
    readonly current: unknown,
  ) {
    super(`Stream "${streamId}" is at revision ${currentRevision ?? 'none'}, not ${expectedRevision ?? 'none'}`);
    this.name = 'StaleRevisionError';
  }
}
