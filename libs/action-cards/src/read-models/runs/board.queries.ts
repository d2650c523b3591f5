import { RunScope, runScopeSql } from './run-reader-scope';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

export interface BoardFilter {
  area?: string;
  institution?: string;
}

interface StepRow {
  run_id: string;
  step_id: string;
  title: string;
  responsible_role: string;
  assignee: unknown;
  due_at: Date;
  overdue: boolean;
  escalated_to: string | null;
}

export interface BoardStep {
  stepId: string;
  title: string;
  responsibleRole: string;
  assignee: unknown;
  dueAt: Date;
  escalatedTo: string | null;
}

export interface Board {
  generatedAt: string;
  openRuns: number;
  groups: { area: string; institution: string | null; runs: Record<string, unknown>[] }[];
}

/**
 * Open runs grouped by area and institution, each with its next due step and its overdue steps.
 * Runs of a national crisis activation form the area `national`; exercise runs are marked `exercise: true`.
 */
export class GetBoard extends Query<Board> {
  constructor(
    readonly filter: BoardFilter,
    readonly asOf: Date,
    readonly scope: RunScope = { area: null, institution: null },
  ) {
    super();
  }
}

@QueryHandler(GetBoard)
export class GetBoardHandler implements IQueryHandler<GetBoard> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, asOf: now, scope }: GetBoard): Promise<Board> {
    const params = [filter.area ?? null, filter.institution ?? null, scope.area, scope.institution];
    const runs = await this.dataSource.query(
      `SELECT run_id AS "runId", revision, template_id AS "templateId", template_version AS "templateVersion", title, situation, area, institution,
              trigger_type AS "trigger", incident_id AS "incidentId", activation_id AS "activationId", exercise, started_at AS "startedAt"
         FROM action_card_run WHERE status = 'open' AND ($1::text IS NULL OR area = $1) AND ($2::text IS NULL OR institution = $2) AND ${runScopeSql('', 3, 4)}
        ORDER BY area, institution NULLS FIRST, started_at`,
      params,
    );
    const steps: StepRow[] = await this.dataSource.query(
      `SELECT s.run_id, s.step_id, s.title, s.responsible_role, s.assignee, s.due_at, s.overdue, s.escalated_to
         FROM action_card_run_step s JOIN action_card_run r USING (run_id)
        WHERE r.status = 'open' AND s.status = 'open' AND ($1::text IS NULL OR r.area = $1) AND ($2::text IS NULL OR r.institution = $2)
          AND ${runScopeSql('r.', 3, 4)}
        ORDER BY s.due_at, s.position`,
      params,
    );
    const view = (s: StepRow): BoardStep => ({
      stepId: s.step_id,
      title: s.title,
      responsibleRole: s.responsible_role,
      assignee: s.assignee,
      dueAt: s.due_at,
      escalatedTo: s.escalated_to,
    });
    const groups = new Map<string, Board['groups'][number]>();
    for (const run of runs) {
      const open = steps.filter((s) => s.run_id === run.runId);
      // Overdue as recorded by the workflow, or already past due while the workflow catches up.
      const overdue = open.filter((s) => s.overdue || new Date(s.due_at) <= now);
      const next = open.find((s) => !overdue.includes(s));
      const key = `${run.area}/${run.institution ?? ''}`;
      if (!groups.has(key)) groups.set(key, { area: run.area, institution: run.institution, runs: [] });
      groups.get(key)!.runs.push({ ...run, openSteps: open.length, nextDue: next ? view(next) : null, overdue: overdue.map(view) });
    }
    return { generatedAt: now.toISOString(), openRuns: runs.length, groups: [...groups.values()] };
  }
}
