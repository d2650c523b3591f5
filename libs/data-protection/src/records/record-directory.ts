import { said } from '@vigil/event-sourcing';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { DataProtectionError } from '../domain/data-protection.errors';
import { RetentionRule } from '../domain/retention.events';
import { RetentionSweep } from '../retention/retention-sweep';

export interface RecordRef {
  readonly recordType: string;
  readonly label: string;
  /** The record's stream, which is also its data subject: `incident-<uuid>`. */
  readonly subject: string;
}

/** Finds records by type and id (the types and their streams come from the retention rules), or by a person named in them. */
@Injectable()
export class RecordDirectory {
  constructor(
    private readonly sweep: RetentionSweep,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The record, or a 404 naming what is wrong: a type no rule knows, or an id with no record. */
  async find(recordType: string, id: string): Promise<RecordRef> {
    const rules = (await this.sweep.rules()).rules;
    const rule = rules.find((r) => r.recordType === recordType);
    if (!rule) {
      const known = rules.map((r) => r.recordType).join(', ');
      throw new DataProtectionError(
        'unknown-record',
        `"${recordType}" is not a type of record; the retention rules know ${known}`,
        'recordType',
        said('data-protection.record-type', { type: recordType, known }),
      );
    }
    const subject = `${rule.category}-${id}`;
    if ((await this.store.streamRevision(subject)) === null)
      throw new DataProtectionError('unknown-record', `There is no ${rule.label.toLowerCase()} ${id}`, 'id', said('data-protection.no-record'));
    return { recordType, label: rule.label, subject };
  }

  /**
   * Every record that names a pseudonymous reference, in its events' data or as their author. A scan of the log: an
   * access request is rare, and nothing else may be missed.
   */
  async naming(ref: string): Promise<RecordRef[]> {
    const rules = (await this.sweep.rules()).rules;
    const byCategory = new Map<string, RetentionRule>(rules.map((r) => [r.category, r]));
    // Every stream, not only the record types with a retention rule: an assessor's certifications name them too.
    const rows: { stream_id: string; category: string }[] = await this.dataSource.query(
      `SELECT DISTINCT stream_id, category FROM event_store.events
        WHERE metadata->>'actor' = $1 OR strpos(data::text, $2) > 0
        ORDER BY stream_id`,
      [ref, JSON.stringify(ref)],
    );
    return rows.map((r) => {
      const rule = byCategory.get(r.category);
      return { recordType: rule?.recordType ?? r.category, label: rule?.label ?? r.category, subject: r.stream_id };
    });
  }
}
