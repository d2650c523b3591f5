import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';

/** A column of an exported table: its heading in words, and how to read it off a row. */
export interface Column<Row> {
  readonly heading: string;
  value(row: Row): string | number | null | undefined;
}

/** True when the reader asked for CSV: `format=csv`, or an Accept header that prefers text/csv to JSON. */
export function wantsCsv(request: Request, format?: string): boolean {
  if (format) return format === 'csv';
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}

/** Sends rows as a CSV download (UTF-8 with BOM, so spreadsheet programs read æ, ø and å) named after what it holds. */
export function sendCsv<Row>(response: Response, name: string, rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const csv = stringify([columns.map((c) => c.heading), ...rows.map((row) => columns.map((c) => c.value(row) ?? ''))]);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  return `\uFEFF${csv}`;
}
