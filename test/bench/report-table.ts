import { median } from './stats';

/** A plain-text table (Markdown pipe syntax, padded so it also reads well in a terminal). */
export function renderTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[], notes: readonly string[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`### ${title}`, '', line(headers), rule, ...rows.map(line), ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []), ''].join('\n');
}

export function fmtCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : 'n/a';
}

export function fmtMs(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0);
}

export function fmtReps(values: readonly number[], format: (n: number) => string = fmtCount): string {
  return `[${values.map(format).join(', ')}]`;
}

export function fmtRatio(value: number, baseline: number): string {
  return Number.isFinite(value) && Number.isFinite(baseline) && baseline > 0 ? `${((100 * value) / baseline).toFixed(0)} %` : 'n/a';
}

export function fmtPercent(n: number | null): string {
  return n === null || !Number.isFinite(n) ? 'n/a' : `${n.toFixed(0)} %`;
}

/** Median of each rep's value, ignoring reps that produced nothing. */
export function medianOf<T>(reps: readonly T[], pick: (rep: T) => number): number {
  const values = reps.map(pick).filter((v) => Number.isFinite(v));
  return values.length ? median(values) : Number.NaN;
}
