import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ImportAnswer } from '../http/statistics-responses.dto';
import { Actor } from '@vigil/actors';
import { deterministicUuid, DomainError } from '@vigil/event-sourcing';
import { RequestValidationException } from '@vigil/http-problems';
import { IsOptional, Matches } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { validHistorical } from '../domain/historical-incident';
import { ImportHistoricalIncidentCommand } from './import-historical.handler';

/** The previous register's export, one row per record. */
export const IMPORT_COLUMNS = [
  'legacy_id',
  'occurred_on',
  'recorded_on',
  'kind',
  'target',
  'perpetrator',
  'location',
  'area',
  'institution',
  'staff_targets',
  'inmate_targets',
  'status',
] as const;

export class ImportQuery {
  @ApiPropertyOptional({ example: 'previous-register', description: 'where the rows come from; kept with each imported record' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'source must be a short code such as previous-register' })
  source?: string;
}

export interface RefusedRow {
  /** The line in the file (the header is line 1). */
  readonly line: number;
  readonly legacyId: string | null;
  readonly column: string | null;
  readonly reason: string;
}

export interface ImportReport {
  readonly source: string;
  readonly rows: number;
  readonly imported: number;
  readonly alreadyImported: number;
  readonly refused: RefusedRow[];
}

@ApiTags('statistics')
@Controller('statistics/imports')
export class ImportHistoricalController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiOkResponse({ type: ImportAnswer, description: 'What was imported, what was there already, and each refused row with why' })
  @ApiBody({ description: `The previous register's export as CSV with a header row: ${IMPORT_COLUMNS.join(', ')}`, schema: { type: 'string' } })
  @ApiOperation({
    summary:
      "Import historical incidents from the previous register's export, keeping each record's occurred and recorded dates; rows are checked one by one and a row imported before is not counted twice",
  })
  async import(@Actor() actor: string, @Query() query: ImportQuery, @Body() body: unknown): Promise<ImportReport> {
    if (typeof body !== 'string' || body.trim() === '')
      throw new RequestValidationException([{ field: '(body)', message: 'send the export as text/csv with a header row' }]);
    let records: Record<string, string>[];
    try {
      records = parse(body, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw new RequestValidationException([{ field: '(body)', message: `not readable as CSV: ${(error as Error).message}` }]);
    }
    const header = Object.keys(records[0] ?? {});
    const missing = IMPORT_COLUMNS.filter((c) => !header.includes(c));
    if (records.length > 0 && missing.length > 0)
      throw new RequestValidationException([{ field: '(header)', message: `missing columns: ${missing.join(', ')}` }]);
    const source = query.source ?? 'previous-register';
    let imported = 0;
    let alreadyImported = 0;
    const refused: RefusedRow[] = [];
    for (const [index, record] of records.entries()) {
      const line = index + 2;
      const legacyId = record.legacy_id || null;
      try {
        const incident = validHistorical(record);
        const meta = { actor, correlationId: deterministicUuid('vigil-statistics-import', source, incident.legacyId) };
        const outcome = await this.commands.execute(new ImportHistoricalIncidentCommand({ legacyId: incident.legacyId, incident, source, actor }, meta));
        // The same record again decides nothing: the runner answers "already recorded".
        if (outcome.alreadyRecorded) alreadyImported++;
        else imported++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push({ line, legacyId, column: error.field ?? null, reason: error.message });
      }
    }
    return { source, rows: records.length, imported, alreadyImported, refused };
  }
}
