import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { SUBJECT_CATEGORY } from '../data-protection-streams';
import { SubjectEvent } from '../domain/subject.events';
import { DESTROY_KEY_SQL, RESTRICT_SQL } from '../keys/subject-key-vault';

/**
 * Each record's holds, restriction and erasure, and the erasure report. Applying an erasure destroys the record's data
 * key in the same transaction as its checkpoint: whatever crashed after the erasure was recorded, the key goes, once.
 */
export class SubjectsProjection implements Projection {
  readonly name = 'data-protection.subjects';
  readonly tables = ['data_protection_subjects', 'data_protection_erasures'];
  readonly category = SUBJECT_CATEGORY;

  async handle(stored: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = { type: stored.type, data: stored.data } as SubjectEvent;
    const subject = event.data.subject;
    await manager.query('INSERT INTO data_protection_subjects (subject) VALUES ($1) ON CONFLICT DO NOTHING', [subject]);
    switch (event.type) {
      case 'data-protection.legal-hold-placed.v1': {
        const hold = { holdId: event.data.holdId, reason: event.data.reason, caseReference: event.data.caseReference, placedAt: stored.metadata.recordedAt };
        await manager.query(`UPDATE data_protection_subjects SET holds = holds || $2::jsonb WHERE subject = $1`, [subject, JSON.stringify([hold])]);
        return;
      }
      case 'data-protection.legal-hold-lifted.v1':
        await manager.query(
          `UPDATE data_protection_subjects SET holds = coalesce((SELECT jsonb_agg(h) FROM jsonb_array_elements(holds) h WHERE h->>'holdId' <> $2), '[]') WHERE subject = $1`,
          [subject, event.data.holdId],
        );
        return;
      case 'data-protection.subject-restricted.v1':
        await manager.query('UPDATE data_protection_subjects SET restricted = true, restriction_reason = $2 WHERE subject = $1', [subject, event.data.reason]);
        await manager.query(RESTRICT_SQL, [subject, true]);
        return;
      case 'data-protection.restriction-lifted.v1':
        await manager.query('UPDATE data_protection_subjects SET restricted = false, restriction_reason = NULL WHERE subject = $1', [subject]);
        await manager.query(RESTRICT_SQL, [subject, false]);
        return;
      case 'data-protection.subject-erased.v1':
        await manager.query('UPDATE data_protection_subjects SET erased_at = $2 WHERE subject = $1', [subject, event.data.erasedAt]);
        await manager.query(
          `INSERT INTO data_protection_erasures (subject, record_type, basis, erased_by, erased_at, recorded_at, event_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (subject) DO NOTHING`,
          [subject, event.data.recordType, JSON.stringify(event.data.basis), event.data.erasedBy, event.data.erasedAt, stored.metadata.recordedAt, stored.id],
        );
        await manager.query(DESTROY_KEY_SQL, [subject, 'destroyed']); // the vault's cache is per process: others notice within seconds
        return;
    }
  }
}
