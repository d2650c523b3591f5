import { CommandBus } from '@nestjs/cqrs';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewDomainError } from '../domain/review.errors';
import { ReviewKind } from '../domain/review.vocabulary';
import { LEARNING_ACTOR } from '../review-streams';
import { RequireReviewCommand } from '../reviews/review-commands';

interface ReviewRequest {
  review_id: string;
  incident_id: string;
  incident_event_id: string;
  rule: string;
  policy_version: number;
  kind: ReviewKind;
  title: string;
  unit: string | null;
  start_by: string;
  due_on: string;
}

/**
 * Records the reviews the policy asked for. Requests are claimed with SKIP LOCKED; the review id derives from the
 * incident and the rule, and the event's id from the review, so no incident requires the same review twice.
 */
export class ReviewRequestStarter {
  constructor(
    private readonly commands: CommandBus,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async pollOnce(batchSize = 20): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const requests: ReviewRequest[] = await manager.query(
        'SELECT * FROM learning_review_requests WHERE handled_at IS NULL ORDER BY requested_at LIMIT $1 FOR UPDATE SKIP LOCKED',
        [batchSize],
      );
      for (const request of requests) await this.require(request, manager);
      return requests.length;
    });
  }

  private async require(request: ReviewRequest, manager: EntityManager): Promise<void> {
    const command = {
      reviewId: request.review_id,
      kind: request.kind,
      subject: { type: 'incidents' as const, incidentIds: [request.incident_id] },
      title: request.title,
      startBy: request.start_by,
      dueOn: request.due_on,
      policy: { version: request.policy_version, rule: request.rule },
      ...(request.unit ? { unit: request.unit } : {}),
    };
    const eventId = deterministicUuid('vigil-learning-review-required-event', request.review_id);
    const cause = request.incident_event_id;
    const meta = { actor: LEARNING_ACTOR, correlationId: cause, causationId: cause, eventIds: () => eventId };
    let outcome = 'required';
    try {
      const result = await this.commands.execute(new RequireReviewCommand(command, meta));
      if (result.alreadyRecorded) outcome = 'already-required';
    } catch (error) {
      // A refusal closes the request with its reason, visible in the table.
      if (!(error instanceof ReviewDomainError)) throw error;
      outcome = error.code;
    }
    await manager.query('UPDATE learning_review_requests SET handled_at = $2, outcome = $3 WHERE review_id = $1', [
      request.review_id,
      this.clock.now().toISOString(),
      outcome,
    ]);
  }
}
