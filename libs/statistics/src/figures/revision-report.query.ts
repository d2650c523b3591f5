import { EntityManager } from 'typeorm';
import { IndicatorRules } from '../domain/indicator-rules';
import { DefinitionRow } from './definitions.query';
import { FiguresFilter, filterSql } from './figures.query';

/** Why an incident moved in or out of a figure, in the partnership's words. */
export const MOVE_REASONS = [
  'recorded-late',
  'imported',
  'reclassified',
  'marked-duplicate',
  'marked-not-reportable',
  'reopened',
  'date-corrected',
  'area-corrected',
  'facts-corrected',
  'definition-changed',
] as const;
export type MoveReason = (typeof MOVE_REASONS)[number];

export interface MoveCause {
  readonly reason: MoveReason;
  /** When the change was recorded (null for a definition change). */
  readonly recordedAt: string | null;
  /** The event that moved it: an incident's event, or the definition's publication. */
  readonly eventId: string;
  /** What changed, in words: "kind threat → harassment", "not counted under version 1: off duty". */
  readonly detail: string;
}

export interface MovedIncident {
  readonly incidentId: string;
  readonly imported: boolean;
  readonly before: number;
  readonly after: number;
  readonly occurredOn: string;
  readonly kind: string;
  readonly target: string;
  readonly area: string;
  readonly institution: string | null;
  readonly causes: MoveCause[];
}

export interface RevisionReport {
  readonly figureBefore: number;
  readonly figureAfter: number;
  /** Net change by reason; a change of definition is a break in series, never a revision. */
  readonly byReason: Partial<Record<MoveReason, number>>;
  readonly moved: MovedIncident[];
  /** More incidents moved than are listed. */
  readonly truncated: boolean;
}

const LIMIT = 2000;

interface Side {
  definitionId: number;
  at: Date;
}

/** Incidents whose contribution to one year's figure differs between two sides (two dates, or two definitions). */
async function moves(manager: EntityManager, year: number, filter: FiguresFilter, a: Side, b: Side) {
  const where = filterSql(filter, 5);
  const side = (definition: string, at: string) =>
    `SELECT incident_id, sum(weight)::int AS w FROM statistics_contributions
      WHERE definition_id = ${definition} AND occurred_on >= make_date($5, 1, 1) AND occurred_on < make_date($5 + 1, 1, 1)
        AND valid_from <= ${at} AND (valid_to IS NULL OR valid_to > ${at})${where.sql} GROUP BY 1`;
  const params = [a.definitionId, a.at, b.definitionId, b.at, year, ...where.params];
  const cte = `WITH a AS (${side('$1', '$2')}), b AS (${side('$3', '$4')})`;
  const rows: { incident_id: string; before: number; after: number }[] = await manager.query(
    `${cte} SELECT coalesce(a.incident_id, b.incident_id) AS incident_id, coalesce(a.w, 0) AS before, coalesce(b.w, 0) AS after
       FROM a FULL JOIN b ON a.incident_id = b.incident_id
      WHERE coalesce(a.w, 0) <> coalesce(b.w, 0)
      ORDER BY 1`,
    params,
  );
  const [totals]: { before: number; after: number }[] = await manager.query(
    `${cte} SELECT (SELECT coalesce(sum(w), 0) FROM a)::int AS before, (SELECT coalesce(sum(w), 0) FROM b)::int AS after`,
    params,
  );
  return { rows, totals: { before: Number(totals.before), after: Number(totals.after) } };
}

interface VersionRow {
  incident_id: string;
  seq: number;
  valid_from: Date;
  valid_to: Date | null;
  source: string;
  cause: string;
  changed: string[];
  event_id: string;
  kind: string;
  target: string;
  perpetrator: string;
  location_type: string;
  area: string;
  institution_id: string | null;
  occurred_at: Date;
  status: string;
  exposed_staff: number;
  exposed_inmate: number;
  exposed_client: number;
  exposed_other: number;
}

async function versionsOf(manager: EntityManager, ids: string[]): Promise<Map<string, VersionRow[]>> {
  const rows: VersionRow[] = await manager.query('SELECT * FROM statistics_incident_versions WHERE incident_id = ANY ($1) ORDER BY incident_id, seq', [ids]);
  const byIncident = new Map<string, VersionRow[]>();
  for (const row of rows) byIncident.set(row.incident_id, [...(byIncident.get(row.incident_id) ?? []), row]);
  return byIncident;
}

const at = (versions: VersionRow[], on: Date) =>
  versions.find((v) => v.valid_from <= on && (v.valid_to === null || v.valid_to > on)) ?? versions[versions.length - 1];

/** Between two dates under one definition: every incident that moved, with the recorded changes that moved it. */
export async function revisionsBetween(
  manager: EntityManager,
  definition: DefinitionRow,
  year: number,
  filter: FiguresFilter,
  from: Date,
  to: Date,
): Promise<RevisionReport> {
  const moved = await moves(manager, year, filter, { definitionId: definition.id, at: from }, { definitionId: definition.id, at: to });
  const versions = await versionsOf(
    manager,
    moved.rows.slice(0, LIMIT).map((m) => m.incident_id),
  );
  return report(moved, versions, to, (history) =>
    history.filter((v) => v.valid_from > from && v.valid_from <= to).flatMap((v) => causesOf(v, history[history.indexOf(v) - 1] ?? null)),
  );
}

/** Under two definition versions, as known on one day: every incident one counts and the other does not, and which rule says so. */
export async function revisionsBetweenDefinitions(
  manager: EntityManager,
  older: DefinitionRow,
  newer: DefinitionRow,
  year: number,
  filter: FiguresFilter,
  on: Date,
): Promise<RevisionReport> {
  const moved = await moves(manager, year, filter, { definitionId: older.id, at: on }, { definitionId: newer.id, at: on });
  const versions = await versionsOf(
    manager,
    moved.rows.slice(0, LIMIT).map((m) => m.incident_id),
  );
  return report(moved, versions, on, (history) => {
    const fact = at(history, on);
    const detail = [ruleDifference(older, fact), ruleDifference(newer, fact)].filter(Boolean).join('; ') || 'counted differently';
    return [{ reason: 'definition-changed', recordedAt: null, eventId: newer.eventId, detail }];
  });
}

function report(
  { rows: moved, totals }: Awaited<ReturnType<typeof moves>>,
  versions: Map<string, VersionRow[]>,
  on: Date,
  causes: (history: VersionRow[]) => MoveCause[],
): RevisionReport {
  const byReason: Partial<Record<MoveReason, number>> = {};
  const listed = moved.slice(0, LIMIT).map((m) => {
    const history = versions.get(m.incident_id) ?? [];
    const fact = at(history, on);
    const why = causes(history);
    const net = Number(m.after) - Number(m.before);
    const main = why[why.length - 1]?.reason ?? 'facts-corrected';
    byReason[main] = (byReason[main] ?? 0) + net;
    return {
      incidentId: m.incident_id,
      imported: fact?.source === 'import',
      before: Number(m.before),
      after: Number(m.after),
      occurredOn: fact ? fact.occurred_at.toISOString().slice(0, 10) : '',
      kind: fact?.kind ?? '',
      target: fact?.target ?? '',
      area: fact?.area ?? '',
      institution: fact?.institution_id ?? null,
      causes: why,
    };
  });
  return { figureBefore: totals.before, figureAfter: totals.after, byReason, moved: listed, truncated: moved.length > LIMIT };
}

function causesOf(version: VersionRow, previous: VersionRow | null): MoveCause[] {
  const base = { recordedAt: version.valid_from.toISOString(), eventId: version.event_id };
  if (version.seq === 0)
    return [
      {
        ...base,
        reason: version.source === 'import' ? 'imported' : 'recorded-late',
        detail: version.source === 'import' ? 'imported from the previous register' : 'first recorded',
      },
    ];
  const was = (field: keyof VersionRow) => String(previous?.[field] ?? '');
  switch (version.cause) {
    case 'reclassified':
      return [{ ...base, reason: 'reclassified', detail: `${was('kind')}/${was('target')} → ${version.kind}/${version.target}` }];
    case 'marked-duplicate':
    case 'marked-not-reportable':
    case 'reopened':
      return [{ ...base, reason: version.cause, detail: version.cause.replace('-', ' ') }];
    default: {
      const changed = version.changed;
      if (changed.includes('occurredAt'))
        return [
          {
            ...base,
            reason: 'date-corrected',
            detail: `occurred ${previous?.occurred_at.toISOString().slice(0, 10)} → ${version.occurred_at.toISOString().slice(0, 10)}`,
          },
        ];
      if (changed.includes('area') || changed.includes('institutionId') || changed.includes('locationType'))
        return [
          {
            ...base,
            reason: 'area-corrected',
            detail: `${was('area')} ${was('institution_id')} → ${version.area} ${version.institution_id ?? 'off duty'}`.trim(),
          },
        ];
      return [{ ...base, reason: 'facts-corrected', detail: changed.join(', ') }];
    }
  }
}

/** Which of a definition's rules keeps a fact out, in words; empty when the definition counts it. */
export function ruleDifference(definition: DefinitionRow, fact: VersionRow | undefined): string {
  if (!fact) return '';
  const rules: IndicatorRules = definition.rules;
  const out = (what: string) => `not counted under version ${definition.version}: ${what}`;
  if (!rules.kinds.includes(fact.kind)) return out(`kind ${fact.kind}`);
  if (!rules.targets.includes(fact.target)) return out(`target group ${fact.target}`);
  if (!rules.perpetrators.includes(fact.perpetrator)) return out(`perpetrator ${fact.perpetrator}`);
  if (!rules.locations.includes(fact.location_type)) return out(fact.location_type === 'off-duty' ? 'off duty' : 'at an institution');
  if (fact.status === 'exercise') return out('an exercise');
  if (fact.status !== 'counted' && rules.excludes.includes(fact.status as never)) return out(`marked ${fact.status}`);
  if (rules.counting === 'exposed-persons') {
    const exposed = rules.exposedPersons.reduce((n, kind) => n + Number(fact[`exposed_${kind}` as keyof VersionRow] ?? 0), 0);
    return `version ${definition.version} counts ${Math.max(1, exposed)} exposed`;
  }
  return `version ${definition.version} counts the episode`;
}
