import { DataSource } from 'typeorm';

export interface ProjectionStatus {
  readonly name: string;
  readonly position: string;
  readonly updatedAt: Date;
  /** Readable events not yet applied. */
  readonly behind: number;
}

/** How far each projection trails the readable end of the log. */
export async function projectionStatuses(dataSource: DataSource): Promise<ProjectionStatus[]> {
  const rows: { name: string; position: string; updated_at: Date; behind: string }[] = await dataSource.query(`
    SELECT c.name, c.commit_position || '/' || c.prepare_position AS position, c.updated_at,
      (SELECT count(*) FROM event_store.events e
        WHERE (e.transaction_id, e.global_position) > (c.commit_position::text::xid8, c.prepare_position)
          AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())) AS behind
    FROM projection_checkpoints c ORDER BY c.name`);
  return rows.map((r) => ({ name: r.name, position: r.position, updatedAt: r.updated_at, behind: Number(r.behind) }));
}
