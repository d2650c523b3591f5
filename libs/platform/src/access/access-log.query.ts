import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@vigil/http-commands';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** The auditor's filters: a person, a record (or a prefix of one, such as `incident/`), a period. */
export class AccessLogQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Pseudonymous reference of the reader', example: 'ST-7K3Q9P' })
  @IsOptional()
  @Matches(/^[A-Z]{2,4}-[0-9A-Z]{4,12}$/, { message: 'actor must be a staff reference such as ST-7K3Q9P' })
  actor?: string;

  @ApiPropertyOptional({ description: 'The record read, or the start of it (e.g. `incident/` for every incident)', example: 'incident/' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9/_:.-]{1,200}$/, { message: 'resource may hold letters, digits and / _ : . - only' })
  resource?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Reads at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Reads before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}

export class AccessLogEntryDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ description: 'Who read (pseudonymous reference)' }) actor!: string;
  @ApiProperty({ description: 'What was read' }) resource!: string;
  @ApiProperty({ description: 'Which view of it' }) view!: string;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The roles the reader held (why-scope); null before sign-in existed' }) roles!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The unit those roles applied to' }) unit!: string | null;
}

export class AccessLogPageDto {
  @ApiProperty({ type: [AccessLogEntryDto] }) entries!: AccessLogEntryDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
}
