import { BundleKind, RECORD_CATEGORY } from '../bundle';

/** Which streams make up a record: at least its own; the composition root may add others (an activation's action-card runs). */
export interface RecordStreams {
  streamsOf(kind: BundleKind, id: string): Promise<string[]>;
}

export const RECORD_STREAMS = Symbol('RECORD_STREAMS');

export const OWN_STREAM_ONLY: RecordStreams = {
  streamsOf: async (kind, id) => [`${RECORD_CATEGORY[kind]}-${id}`],
};
