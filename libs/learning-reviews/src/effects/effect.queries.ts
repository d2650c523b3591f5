import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { DataSource } from 'typeorm';
import { CATALOGUE_STREAM_ID, Intervention } from '../domain/catalogue';
import { CATALOGUE_STREAM } from '../review-streams';
import { dayIn, Effect, effectOf, effectWindow, REGISTRATIONS_NOT_INCIDENCE, unitWords } from './effect';
import { INCIDENT_COUNTS, IncidentCounts } from './incident-counts.port';

export interface InterventionEffect extends Partial<Effect> {
  readonly intervention: Pick<Intervention, 'id' | 'title' | 'category' | 'horizon' | 'kinds'>;
  readonly unit: string;
  readonly actions: { reviewId: string; actionId: string; status: string; dueOn: string; underWaySince: string | null }[];
  /** The day the intervention was first under way at the unit (the earliest of its actions); null while none is. */
  readonly inPlaceSince: string | null;
  readonly counting: 'registrations';
  readonly caution: string;
  readonly summary: string;
}

export type EffectOutcome = { found: InterventionEffect } | { missing: 'intervention' | 'action' };

/** Before and after an intervention was put in place at a unit, in the statistics' monthly counts of the kinds it is for. */
export class GetInterventionEffect extends Query<EffectOutcome> {
  constructor(
    readonly interventionId: string,
    readonly unit: string,
    readonly now: Date,
  ) {
    super();
  }
}

interface ActionRow {
  review_id: string;
  action_id: string;
  status: string;
  due_on: string;
  under_way_at: Date | null;
}

@QueryHandler(GetInterventionEffect)
export class GetInterventionEffectHandler implements IQueryHandler<GetInterventionEffect> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly db: DataSource,
    @Inject(INCIDENT_COUNTS) private readonly counts: IncidentCounts,
  ) {}

  async execute({ interventionId, unit, now }: GetInterventionEffect): Promise<EffectOutcome> {
    const catalogue = (await this.runner.load(CATALOGUE_STREAM_ID, CATALOGUE_STREAM.model)).state;
    const found = catalogue.interventions.find((i) => i.id === interventionId);
    if (!found) return { missing: 'intervention' };
    const rows: ActionRow[] = await this.db.query(
      `SELECT review_id, action_id, status, to_char(due_on, 'YYYY-MM-DD') AS due_on, under_way_at FROM learning_intervention_actions
        WHERE intervention_id = $1 AND unit = $2 ORDER BY under_way_at NULLS LAST, added_at, action_id`,
      [interventionId, unit],
    );
    if (!rows.length) return { missing: 'action' };
    const { id, title, category, horizon, kinds } = found;
    const since = rows[0].under_way_at ? new Date(rows[0].under_way_at) : null;
    const base = {
      intervention: { id, title, category, horizon, kinds: [...kinds] },
      unit,
      actions: rows.map((r) => ({
        reviewId: r.review_id,
        actionId: r.action_id,
        status: r.status,
        dueOn: r.due_on,
        underWaySince: r.under_way_at ? new Date(r.under_way_at).toISOString() : null,
      })),
      inPlaceSince: since ? dayIn(since) : null,
      counting: 'registrations' as const,
      caution: REGISTRATIONS_NOT_INCIDENCE,
    };
    if (!since)
      return {
        found: { ...base, summary: `"${title}" is planned ${unitWords(unit)}, but no follow-up action has it under way yet: there is no day to count from.` },
      };
    const window = effectWindow(since, now);
    const to = window.after.to < window.lastWhole ? window.after.to : window.lastWhole;
    const counts = kinds.length ? await this.counts.monthly({ kinds, ...unitFilter(unit), from: window.before.from, to }) : [];
    return { found: { ...base, ...effectOf(window, counts, { kinds, unit, title }) } };
  }
}

function unitFilter(unit: string): { area?: string; institution?: string } {
  if (unit.startsWith('area:')) return { area: unit.slice(5) };
  if (unit.startsWith('institution:')) return { institution: unit.slice(12) };
  return {};
}

export const EFFECT_QUERY_HANDLERS = [GetInterventionEffectHandler];
