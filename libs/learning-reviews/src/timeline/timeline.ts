import { SubjectRecord } from './subject-records.port';

/** A moment the reviewers marked: the recorded event it points at, and why it matters. */
export interface MarkedMoment {
  readonly eventId: string;
  readonly why: string;
}

/** One line of a review's timeline: the recorded event in words, flagged when the reviewers marked it. */
export interface TimelineEntry extends SubjectRecord {
  readonly marked: boolean;
  /** The reviewers' note, when marked. */
  readonly why?: string;
}

/**
 * The review's timeline: every recorded event of its subjects, oldest first by when it was recorded (events
 * recorded in the same instant keep the log's order), each once, with the reviewers' marked moments flagged.
 */
export function assembleTimeline(records: readonly SubjectRecord[], moments: readonly MarkedMoment[]): TimelineEntry[] {
  const why = new Map(moments.map((m) => [m.eventId, m.why]));
  const seen = new Set<string>();
  const unique = records.filter((r) => !seen.has(r.eventId) && seen.add(r.eventId));
  return unique
    .map((record, order) => ({ record, order, at: Date.parse(record.at) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ record }) => {
      const note = why.get(record.eventId);
      return note === undefined ? { ...record, marked: false } : { ...record, marked: true, why: note };
    });
}

/** Marked moments whose event is not among the subjects' records (the subject changed, or the id was mistyped). */
export function unmatchedMoments(entries: readonly TimelineEntry[], moments: readonly MarkedMoment[]): string[] {
  const ids = new Set(entries.map((e) => e.eventId));
  return moments.filter((m) => !ids.has(m.eventId)).map((m) => m.eventId);
}
