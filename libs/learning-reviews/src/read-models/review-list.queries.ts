import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ListActionsQuery, ListReviewsQuery } from './review-queries.dto';
import { ReviewScope, unitFilter } from './review-reader-scope';

export interface Page<T> {
  total: number;
  items: T[];
}

const REVIEW_COLUMNS = `review_id AS "reviewId", revision, kind, title, subject_type AS "subjectType", incident_ids AS "incidentIds",
  activation_id AS "activationId", unit, area, status, policy_rule AS "policyRule", start_by AS "startBy", due_on AS "dueOn", overdue,
  json_build_object('startOverdue', start_overdue, 'finishOverdue', finish_overdue, 'startEscalated', start_escalated, 'finishEscalated', finish_escalated)
    AS deadlines,
  findings, factors, actions_open AS "actionsOpen", actions_overdue AS "actionsOverdue", signed_off AS "signedOff",
  created_at AS "createdAt", published_at AS "publishedAt", updated_at AS "updatedAt"`;

/** Reviews in the reader's scope, newest due day first. */
export class ListReviews extends Query<Page<Record<string, unknown>>> {
  constructor(
    readonly filter: ListReviewsQuery,
    readonly scope: ReviewScope,
  ) {
    super();
  }
}

@QueryHandler(ListReviews)
export class ListReviewsHandler implements IQueryHandler<ListReviews> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, scope }: ListReviews): Promise<Page<Record<string, unknown>>> {
    const { unit, area } = unitFilter(filter.unit);
    const where = `($1::text IS NULL OR status = $1) AND ($2::boolean IS NULL OR overdue = $2) AND ($3::text IS NULL OR kind = $3)
      AND ($4::text IS NULL OR unit = $4) AND ($5::text IS NULL OR area = $5) AND ($6::text[] IS NULL OR unit = ANY($6))`;
    const params = [filter.status ?? null, filter.overdue ?? null, filter.kind ?? null, unit, area, scope];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM learning_reviews WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT ${REVIEW_COLUMNS} FROM learning_reviews WHERE ${where} ORDER BY due_on DESC NULLS LAST, review_id LIMIT $7 OFFSET $8`,
      [...params, filter.limit, filter.offset],
    );
    return { total, items };
  }
}

/** The catalogue's title, class and horizon of the version an action was picked from (a proposed one carries its own). */
export const CATALOGUE_JOIN = `LEFT JOIN learning_catalogue_interventions c ON c.intervention_id = a.intervention_id AND c.version = a.catalogue_version`;

/** Follow-up actions across reviews, for the units in the reader's scope (the action's or its review's), earliest due first. */
export class ListFollowUpActions extends Query<Page<Record<string, unknown>>> {
  constructor(
    readonly filter: ListActionsQuery,
    readonly scope: ReviewScope,
  ) {
    super();
  }
}

@QueryHandler(ListFollowUpActions)
export class ListFollowUpActionsHandler implements IQueryHandler<ListFollowUpActions> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, scope }: ListFollowUpActions): Promise<Page<Record<string, unknown>>> {
    const { unit, area } = unitFilter(filter.unit);
    const where = `($1::text IS NULL OR a.status = $1) AND ($2::boolean IS NULL OR (a.overdue AND a.status IN ('planned', 'under-way')) = $2)
      AND ($3::text IS NULL OR a.unit = $3) AND ($4::text IS NULL OR a.area = $4) AND ($5::text[] IS NULL OR a.unit = ANY($5) OR r.unit = ANY($5))`;
    const params = [filter.status ?? null, filter.overdue ?? null, unit, area, scope];
    const from = `FROM learning_review_actions a JOIN learning_reviews r ON r.review_id = a.review_id ${CATALOGUE_JOIN}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT a.review_id AS "reviewId", r.title AS "reviewTitle", r.status AS "reviewStatus", a.action_id AS "actionId", a.recommendation,
         json_build_object('interventionId', a.intervention_id, 'catalogueVersion', a.catalogue_version, 'title', COALESCE(c.title, a.proposed_title),
           'category', COALESCE(c.category, a.category), 'horizon', COALESCE(c.horizon, a.horizon), 'proposed', a.intervention_id IS NULL,
           'toCatalogue', a.to_catalogue) AS intervention,
         a.owner_role AS "ownerRole", a.unit, a.area, a.due_on AS "dueOn", a.status, a.response, a.overdue AND a.status IN ('planned', 'under-way') AS overdue,
         a.escalated, a.repeat, a.added_at AS "addedAt", a.started_at AS "startedAt", a.done_at AS "doneAt"
       ${from} WHERE ${where} ORDER BY a.due_on, a.review_id, a.action_id LIMIT $6 OFFSET $7`,
      [...params, filter.limit, filter.offset],
    );
    return { total, items };
  }
}
