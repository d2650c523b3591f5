import { StreamKind } from '@vigil/command-handling';
import { noRetentionRules, RetentionEvent, RetentionRulesState, evolveRetentionRules } from './domain/retention.events';
import { SubjectEvent } from './domain/subject.events';
import { evolveSubject, initialSubject, SubjectState } from './domain/subject.state';

/** Each record's holds, restriction and erasure are one stream, `datasubject-<record stream>`. */
export const SUBJECT_CATEGORY = 'datasubject';
/** The retention rules, versioned, in one stream. */
export const RETENTION_RULES_STREAM_ID = 'retentionrules-national';

export function subjectStreamId(subject: string): string {
  return `${SUBJECT_CATEGORY}-${subject}`;
}

export const SUBJECT_STREAM: StreamKind<{ subject: string }, SubjectState, SubjectEvent> = {
  model: { initial: initialSubject, evolve: evolveSubject },
  namespace: 'vigil-data-protection',
  streamOf: (command) => subjectStreamId(command.subject),
};

export const RETENTION_RULES_STREAM: StreamKind<unknown, RetentionRulesState, RetentionEvent> = {
  model: { initial: noRetentionRules, evolve: evolveRetentionRules },
  namespace: 'vigil-data-protection',
  streamOf: () => RETENTION_RULES_STREAM_ID,
};
