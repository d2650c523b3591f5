import { Injectable } from '@nestjs/common';
import { BundleKind, OWN_STREAM_ONLY, RecordStreams } from '@vigil/proof';
import { DataSource } from 'typeorm';
import { RUN_STARTED } from '../learning/run-words';

/**
 * A record's streams for its case bundle: its own, and for an incident or an activation the action-card runs started for
 * it (found by the run-started event's trigger; the platform may know both contexts' formats, the proof lib does not).
 */
@Injectable()
export class PlatformRecordStreams implements RecordStreams {
  constructor(private readonly dataSource: DataSource) {}

  async streamsOf(kind: BundleKind, id: string): Promise<string[]> {
    const own = await OWN_STREAM_ONLY.streamsOf(kind, id);
    const field = kind === 'incident' ? 'incidentId' : kind === 'activation' ? 'activationId' : null;
    if (!field) return own;
    const runs: { stream_id: string }[] = await this.dataSource.query(
      `SELECT stream_id FROM event_store.events WHERE category = 'actioncardrun' AND type = $1 AND data->'trigger'->>$2 = $3 ORDER BY transaction_id, global_position`,
      [RUN_STARTED, field, id],
    );
    return [...own, ...runs.map((r) => r.stream_id)];
  }
}
