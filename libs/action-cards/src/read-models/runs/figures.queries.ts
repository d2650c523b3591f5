import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

export interface FiguresFilter {
  templateId?: string;
  area?: string;
  /** Runs started at or after. */
  from?: string;
  /** Runs started before. */
  to?: string;
  /** Exercise runs are left out unless asked for alone (`only`), so drills never blur the real figures. */
  exercises?: 'exclude' | 'only';
}

interface FigureCounts {
  templateId: string;
  area: string;
  runs: number;
  mandatory: number;
  onTime: number;
  late: number;
  skipped: number;
  open: number;
  openOverdue: number;
}

export interface Figures {
  period: { from: string | null; to: string | null };
  exercises: 'only' | 'excluded';
  items: (FigureCounts & { shares: Record<'onTime' | 'late' | 'skipped' | 'open', number | null> })[];
}

const share = (part: number, total: number) => (total === 0 ? null : Math.round((part / total) * 1000) / 1000);

/**
 * Uniform handling (000_…: "alle ansatte oplever en ensartet god håndtering"): per card and area,
 * of the mandatory steps in runs started in the period, how many were done on time, late, skipped, or are still open.
 * Exercise runs are counted separately: excluded by default, alone with `exercises=only`.
 */
export class GetFigures extends Query<Figures> {
  constructor(
    readonly filter: FiguresFilter,
    readonly asOf: Date,
  ) {
    super();
  }
}

@QueryHandler(GetFigures)
export class GetFiguresHandler implements IQueryHandler<GetFigures> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, asOf: now }: GetFigures): Promise<Figures> {
    const rows: FigureCounts[] = await this.dataSource.query(
      `SELECT template_id AS "templateId", area, count(DISTINCT run_id)::int AS runs, count(*)::int AS mandatory,
              count(*) FILTER (WHERE status = 'done' AND closed_at <= due_at)::int AS "onTime",
              count(*) FILTER (WHERE status = 'done' AND closed_at > due_at)::int AS late,
              count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
              count(*) FILTER (WHERE status = 'open')::int AS open,
              count(*) FILTER (WHERE status = 'open' AND (overdue OR due_at <= $5))::int AS "openOverdue"
         FROM action_card_run_step
        WHERE mandatory AND ($1::text IS NULL OR template_id = $1) AND ($2::text IS NULL OR area = $2)
          AND ($3::timestamptz IS NULL OR run_started_at >= $3) AND ($4::timestamptz IS NULL OR run_started_at < $4) AND exercise = $6
        GROUP BY template_id, area ORDER BY template_id, area`,
      [filter.templateId ?? null, filter.area ?? null, filter.from ?? null, filter.to ?? null, now.toISOString(), filter.exercises === 'only'],
    );
    const items = rows.map((r) => ({
      ...r,
      shares: {
        onTime: share(r.onTime, r.mandatory),
        late: share(r.late, r.mandatory),
        skipped: share(r.skipped, r.mandatory),
        open: share(r.open, r.mandatory),
      },
    }));
    return { period: { from: filter.from ?? null, to: filter.to ?? null }, exercises: filter.exercises === 'only' ? 'only' : 'excluded', items };
  }
}
