import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { RecordedEvent } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { AddendumAdded, ReviewRequired } from '../domain/review.events';
import { ReviewAction, ReviewState } from '../domain/review.state';
import { REVIEW_STREAM, reviewStreamId } from '../review-streams';
import { reviewOverdue } from './review-rows';

export interface ReviewDetail {
  reviewId: string;
  revision: number;
  unit: string | null;
  [field: string]: unknown;
}

interface ActionExtras {
  actionId: string;
  repeat: boolean;
  startedAt: string | null;
  doneAt: string | null;
}

interface CatalogueEntry {
  interventionId: string;
  version: number;
  title: string;
  category: string;
  horizon: string;
}

/** The review in full, folded from its stream (always current); null when none is recorded. Scope is the caller's to apply. */
export class GetReview extends Query<ReviewDetail | null> {
  constructor(readonly reviewId: string) {
    super();
  }
}

const at = (events: RecordedEvent[], type: string) => events.find((event) => event.type === type)?.metadata.recordedAt ?? null;

@QueryHandler(GetReview)
export class GetReviewHandler implements IQueryHandler<GetReview> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ reviewId }: GetReview): Promise<ReviewDetail | null> {
    const { state, revision, events } = await this.runner.load(reviewStreamId(reviewId), REVIEW_STREAM.model);
    if (revision === null || state.status === 'none') return null;
    const required = events.find((event) => event.type === 'learning-reviews.review-required.v1')?.data as ReviewRequired['data'] | undefined;
    const items = state.items.map(({ id, type, kind, ...item }) => (type === 'finding' ? { findingId: id, kind, ...item } : { factorId: id, ...item }));
    return {
      reviewId,
      revision,
      status: state.status,
      kind: state.kind,
      title: state.title,
      subject: state.subject,
      unit: state.unit,
      startBy: state.startBy,
      dueOn: state.dueOn,
      overdue: reviewOverdue(state),
      deadlines: state.deadlines,
      policy: required?.policy ?? null,
      participants: state.participants,
      moments: state.moments,
      findings: items.filter((item) => 'findingId' in item),
      factors: items.filter((item) => 'factorId' in item),
      summary: state.summary,
      actions: await this.actions(reviewId, state),
      signOffs: Object.entries(state.signedOff).map(([as, by]) => ({ as, by })),
      startedAt: at(events, 'learning-reviews.review-started.v1'),
      publishedAt: at(events, 'learning-reviews.review-published.v1'),
      // Addenda are read from the stream: the state keeps only their count.
      addenda: events
        .filter((event) => event.type === 'learning-reviews.addendum-added.v1')
        .map((event) => {
          const { addendumId, text, by } = event.data as AddendumAdded['data'];
          return { addendumId, text, by, addedAt: event.metadata.recordedAt };
        }),
    };
  }

  /** The actions as the stream has them, with what only the read model knows (repeat, when started and done) and the catalogue's words. */
  private async actions(reviewId: string, state: ReviewState) {
    if (state.actions.length === 0) return [];
    const extras: ActionExtras[] = await this.dataSource.query(
      `SELECT action_id AS "actionId", repeat, started_at AS "startedAt", done_at AS "doneAt" FROM learning_review_actions WHERE review_id = $1`,
      [reviewId],
    );
    const picked = state.actions.flatMap((a) => ('interventionId' in a.intervention ? [a.intervention] : []));
    const catalogue: CatalogueEntry[] = await this.dataSource.query(
      `SELECT intervention_id AS "interventionId", version, title, category, horizon FROM learning_catalogue_interventions
        WHERE (intervention_id, version) IN (SELECT * FROM unnest($1::text[], $2::int[]))`,
      [picked.map((i) => i.interventionId), picked.map((i) => i.catalogueVersion)],
    );
    return state.actions.map((action) => view(action, extras, catalogue));
  }
}

function view(action: ReviewAction, extras: ActionExtras[], catalogue: CatalogueEntry[]) {
  const extra = extras.find((row) => row.actionId === action.actionId);
  const i = action.intervention;
  const entry = 'interventionId' in i ? catalogue.find((c) => c.interventionId === i.interventionId && c.version === i.catalogueVersion) : undefined;
  const intervention =
    'interventionId' in i
      ? { interventionId: i.interventionId, catalogueVersion: i.catalogueVersion, title: entry?.title ?? null, category: entry?.category ?? null }
      : { interventionId: null, catalogueVersion: null, title: i.proposed.title, category: i.proposed.category };
  const { actionId, recommendation, ownerRole, unit, dueOn, status, response, overdue, escalated } = action;
  return {
    actionId,
    recommendation,
    intervention: {
      ...intervention,
      horizon: 'proposed' in i ? i.proposed.horizon : (entry?.horizon ?? null),
      proposed: 'proposed' in i,
      toCatalogue: 'proposed' in i && i.proposed.toCatalogue,
    },
    ownerRole,
    unit,
    dueOn,
    status,
    response,
    // Overdue now: an action done or dropped is no longer overdue, whatever was recorded when it was.
    overdue: overdue && (status === 'planned' || status === 'under-way'),
    escalated,
    repeat: extra?.repeat ?? false,
    startedAt: extra?.startedAt ?? null,
    doneAt: extra?.doneAt ?? null,
  };
}
