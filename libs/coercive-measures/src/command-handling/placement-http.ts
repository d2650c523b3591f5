/** What every change to a placement answers: the record is only ever added to, never changed. */
export const RECORDED = 'Recorded as a new event with its author; nothing earlier is changed. ETag is the new revision.';
