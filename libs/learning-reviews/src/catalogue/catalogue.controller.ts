import { Body, Controller, Get, HttpCode, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, ChangeCommandDto, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import { IsArray, IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { Intervention } from '../domain/catalogue';
import { PolicyRule } from '../domain/review-policy';
import { PublishCatalogueCommand, PublishReviewPolicyCommand } from './catalogue-commands';
import { GetCatalogue, GetReviewPolicy } from './catalogue.queries';
import { CatalogueAnswer, PolicyAnswer } from './catalogue-responses.dto';

export class PublishCatalogueDto extends ChangeCommandDto {
  @ApiProperty({ description: 'every intervention of the new version: { id, title, category, horizon, kinds, ownerRole, description }' })
  @IsArray()
  interventions!: Intervention[];

  @ApiProperty({ example: 'Adds the escort routine proposed by the Nyborg review' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class PublishPolicyDto extends ChangeCommandDto {
  @ApiProperty({
    description:
      'every rule of the new version: { rule, title, when: { kinds?, targets?, injuryAtLeast?, severityAtLeast? }, review, startWithinDays, finishWithinDays }',
  })
  @IsArray()
  rules!: PolicyRule[];

  @ApiProperty()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

/** The catalogue of interventions and the review policy: versioned data, each version kept. */
@ApiTags('learning-reviews')
@Controller()
export class CatalogueController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('learning-catalogue')
  @ApiOperation({ summary: 'The catalogue of interventions in force: category, horizon, the incident kinds each is for, its owner role' })
  @ApiOkResponse({ type: CatalogueAnswer })
  catalogue() {
    return this.queries.execute(new GetCatalogue());
  }

  @Put('learning-catalogue')
  @HttpCode(200)
  @ApiOperation({ summary: "Publish the catalogue's next version (the whole list); earlier versions stay as they were" })
  @ApiCommandAnswer(200, 'Published', {}, { version: { type: 'integer' } })
  async publishCatalogue(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: PublishCatalogueDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new PublishCatalogueCommand({ interventions: body.interventions, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { version: outcome.state.version });
  }

  @Get('learning-review-policy')
  @ApiOperation({ summary: 'Which incidents require which kind of review, started and finished within how many days' })
  @ApiOkResponse({ type: PolicyAnswer })
  policy() {
    return this.queries.execute(new GetReviewPolicy());
  }

  @Put('learning-review-policy')
  @HttpCode(200)
  @ApiOperation({ summary: "Publish the review policy's next version; incidents reported from then on are judged by it" })
  @ApiCommandAnswer(200, 'Published', {}, { version: { type: 'integer' } })
  async publishPolicy(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: PublishPolicyDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new PublishReviewPolicyCommand({ rules: body.rules, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { version: outcome.state.version });
  }
}
