import { FeedStatus } from '@vigil/projections';

export type ProjectionRow = Pick<FeedStatus, 'name' | 'position' | 'behind' | 'updatedAt'>;

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/** The `projections` command's answer: the table, then one line saying whether all have caught up. */
export function projectionReport(rows: readonly ProjectionRow[], now = new Date()): string {
  const table = formatTable(
    ['projection', 'position', 'behind', 'updated'],
    rows.map((r) => [r.name, r.position ?? 'not started', r.behind, r.updatedAt ? ago(r.updatedAt, now) : '-']),
  );
  const trailing = rows.filter((r) => r.behind > 0);
  const count = `${rows.length} projection${rows.length === 1 ? '' : 's'}`;
  const summary =
    trailing.length === 0
      ? `${count}, all caught up.`
      : `${count}, ${trailing.length} behind (${trailing.reduce((sum, r) => sum + r.behind, 0)} events not yet applied).`;
  return `${table}\n\n${summary}`;
}

function ago(then: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
  return then.toISOString().slice(0, 16).replace('T', ' ');
}
