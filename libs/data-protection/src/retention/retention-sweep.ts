import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { deterministicUuid, fold } from '@vigil/event-sourcing';
import { Clock, CLOCK, EVENT_STORE, EventStore } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { RETENTION_RULES_STREAM_ID } from '../data-protection-streams';
import { DataProtectionError } from '../domain/data-protection.errors';
import { evolveRetentionRules, noRetentionRules, RetentionRule, RetentionRulesState } from '../domain/retention.events';
import { EraseRecordCommand } from '../erase-record/erase-record.handler';

export const RETENTION_ACTOR = 'SYS-RETENTION';

export interface SweepResult {
  readonly ruleSetVersion: number;
  /** Records erased by this sweep. */
  readonly erased: { subject: string; recordType: string }[];
  /** Records past their period but under legal hold. */
  readonly held: number;
}

/**
 * Erases every record whose retention period has passed under the current rules: the period counts from the record's
 * latest start event (closure, end, stand-down) with no restart after it. Any number of workers may sweep at once:
 * each erasure is the record's subject stream refusing a second one, and its event id is the same from every worker.
 */
@Injectable()
export class RetentionSweep {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly commands: CommandBus,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async rules(): Promise<RetentionRulesState> {
    return fold({ initial: noRetentionRules, evolve: evolveRetentionRules }, await this.store.readStream(RETENTION_RULES_STREAM_ID));
  }

  async sweep(): Promise<SweepResult> {
    const { version, rules } = await this.rules();
    const now = this.clock.now();
    const erased: { subject: string; recordType: string }[] = [];
    let held = 0;
    for (const rule of rules) {
      for (const due of await this.due(rule, now)) {
        if (due.held) {
          held++;
          continue;
        }
        const basis = { kind: 'retention' as const, ruleSetVersion: version, recordType: rule.recordType, period: rule.period, periodStartedAt: due.startedAt };
        try {
          const outcome = await this.commands.execute(
            new EraseRecordCommand(
              { subject: due.subject, recordType: rule.recordType, basis, actor: RETENTION_ACTOR },
              {
                actor: RETENTION_ACTOR,
                correlationId: deterministicUuid('retention', due.subject),
                eventIds: () => deterministicUuid('retention-erasure', due.subject),
              },
            ),
          );
          if (!outcome.alreadyRecorded) erased.push({ subject: due.subject, recordType: rule.recordType });
        } catch (error) {
          if (error instanceof DataProtectionError && error.code === 'under-legal-hold')
            held++; // placed since the read model was read
          else throw error;
        }
      }
    }
    if (erased.length > 0) this.logger.log(`Erased ${erased.length} record(s) past their retention period (rules version ${version})`);
    return { ruleSetVersion: version, erased, held };
  }

  /** The rule's records whose period has passed and that are not erased yet, with whether a legal hold keeps them. */
  private async due(rule: RetentionRule, now: Date): Promise<{ subject: string; startedAt: string; held: boolean }[]> {
    const rows: { subject: string; started_at: Date; held: boolean }[] = await this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (stream_id) stream_id, type, recorded_at
           FROM event_store.events WHERE category = $1 AND type = ANY($2::text[])
          ORDER BY stream_id, global_position DESC)
       SELECT l.stream_id AS subject, l.recorded_at AS started_at, coalesce(s.holds <> '[]'::jsonb, false) AS held
         FROM latest l LEFT JOIN data_protection_subjects s ON s.subject = l.stream_id
        WHERE l.type = ANY($3::text[]) AND s.erased_at IS NULL AND l.recorded_at + $4::interval <= $5
        ORDER BY l.recorded_at, l.stream_id`,
      [rule.category, [...rule.startsWith, ...rule.restartsWith], rule.startsWith, rule.period, now],
    );
    return rows.map((r) => ({ subject: r.subject, startedAt: new Date(r.started_at).toISOString(), held: r.held }));
  }
}
