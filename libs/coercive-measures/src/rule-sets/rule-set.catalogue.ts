import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore } from '@vigil/event-store';
import { publishedRuleSets, RuleSet } from '../domain/rule-set';
import { RULE_SET_STREAM } from '../placement-stream';
import { decide, PublishRuleSet } from '../publish-rule-set/publish-rule-set.decide';
import { eventIdsFor } from '../command-handling/command-ids';
import { CommandRequestInfo } from '../command-handling/request-context';
import { ensureBaselineRuleSet } from './baseline-publication';

/** The published rule-set versions, read from their stream (a handful of small events). */
@Injectable()
export class RuleSetCatalogue implements OnApplicationBootstrap {
  private readonly logger = new Logger('RuleSetCatalogue');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await ensureBaselineRuleSet(this.store)) this.logger.log('Published the baseline security-cell rule set v1');
  }

  async all(): Promise<RuleSet[]> {
    return publishedRuleSets(await this.store.readStream(RULE_SET_STREAM));
  }

  async publish(
    command: Omit<PublishRuleSet, 'actor'>,
    actor: string,
    request: CommandRequestInfo,
  ): Promise<{ version: number; revision: number; alreadyRecorded: boolean }> {
    const stored = await this.store.readStream(RULE_SET_STREAM);
    const ids = eventIdsFor(1, request.idempotencyKey, RULE_SET_STREAM);
    const earlier = request.idempotencyKey ? stored.find((e) => e.id === ids[0]) : undefined;
    if (earlier) return { version: (earlier.data as RuleSet).version, revision: earlier.revision, alreadyRecorded: true };
    const [event] = decide({ ...command, actor }, publishedRuleSets(stored), this.clock.now());
    const revision = stored.length ? stored[stored.length - 1].revision : 'no-stream';
    const result = await this.store.appendToStream(
      RULE_SET_STREAM,
      [{ id: ids[0], type: event.type, data: event.data, metadata: { actor, correlationId: request.correlationId } }],
      { expectedRevision: revision },
    );
    return { version: event.data.version, revision: result.nextExpectedRevision, alreadyRecorded: result.alreadyStored };
  }
}
