import { Body, Controller, HttpCode, Inject, NotFoundException, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import { said } from '@vigil/event-sourcing';
import { RequestValidationException, saidProblem } from '@vigil/http-problems';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { dayAfterYear } from '../figures/calendar';
import { findDefinition } from '../figures/definitions.query';
import { endOfDay } from '../figures/figures.query';
import { snapshotOf } from '../figures/publications.query';
import { PublishYearFiguresCommand } from './publish-year.handler';

export class PublishYearDto {
  @ApiProperty({ example: 'staff-episodes' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'indicator must be an indicator code such as staff-episodes' })
  indicator!: string;

  @ApiProperty({ type: 'integer', example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ type: 'integer', example: 1, description: "the definition version; the indicator's latest when left out" })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ example: '2026-01-09', description: 'the vintage: what had been recorded by the end of this day; today when left out' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asKnownOn must be a day such as 2026-01-09' })
  asKnownOn?: string;

  @ApiPropertyOptional({ example: 'Provisional: late registrations occur; the year is final on 1 April.' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string;
}

@ApiTags('statistics')
@Controller('statistics/publications')
export class PublishYearController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Publish a year's figures: the definition version and the vintage are pinned with the figures themselves, never overwritten" })
  @ApiCommandAnswer(201, 'Published', {}, { edition: { type: 'integer' } })
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: PublishYearDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const definition = await findDefinition(this.db.manager, body.indicator, body.version);
    if (!definition)
      throw new NotFoundException(
        saidProblem(
          404,
          'definition-not-found',
          body.version === undefined
            ? said('not-found.definition', { indicator: body.indicator })
            : said('not-found.definition-version', { indicator: body.indicator, version: String(body.version) }),
          `${body.indicator} has no version ${body.version ?? '(none published)'}`,
        ),
      );
    const now = this.clock.now();
    const asKnownOn = body.asKnownOn ? endOfDay(body.asKnownOn) : now;
    if (asKnownOn.getTime() - 86_400_000 > now.getTime())
      throw new RequestValidationException([{ field: 'asKnownOn', message: 'asKnownOn cannot be after today' }]);
    // Today's figures are as known now: the rest of the day has not happened yet.
    const vintage = asKnownOn > now ? now : asKnownOn;
    const figures = await snapshotOf(this.db.manager, definition.id, body.year, vintage);
    const command = {
      indicator: body.indicator,
      year: body.year,
      version: definition.version,
      asKnownOn: vintage,
      cutOff: dayAfterYear(body.year, definition.rules.cutOff),
      figures,
      note: body.note ?? '',
      actor,
    };
    const outcome = await this.commands.execute(new PublishYearFiguresCommand(command, commandMeta(actor, request)));
    const edition = outcome.state.editions[outcome.state.editions.length - 1].edition;
    return answer(response, outcome, { indicator: body.indicator, year: body.year, edition, total: figures.total });
  }
}
