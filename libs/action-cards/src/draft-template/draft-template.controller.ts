import { Body, Controller, HttpCode, Param, Post, Put, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { ActionCardProblemFilter } from '../action-card-problems';
import { templateStreamId } from '../action-card-streams';
import { CommandRequest, CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer, slugParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { TEMPLATE_MODEL } from '../command-handling/stream-models';
import { decide } from './draft-template.decide';
import { CardDto, NewTemplateDto } from './draft-template.dto';

const cardOf = ({ title, situation, summary, steps }: CardDto) => ({ title, situation, summary, steps });

@ApiTags('action-card-templates')
@UseFilters(ActionCardProblemFilter)
@Controller('action-card-templates')
export class DraftTemplateController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Write a new action card; it starts as the draft of version 1' })
  @ApiCreatedResponse({ description: 'Drafted; Location names the card' })
  async create(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: NewTemplateDto, @Res({ passthrough: true }) response: Response) {
    const templateId = slugParam('templateId').transform(body.templateId, { type: 'body' });
    const command = { templateId, card: cardOf(body), isNew: true, actor };
    const outcome = await this.executor.execute(templateStreamId(templateId), TEMPLATE_MODEL, { actor, ...request }, (state, now) => decide(command, state, now));
    response.setHeader('Location', `/action-card-templates/${templateId}`);
    return answer(response, outcome, { templateId });
  }

  @Put(':templateId/draft')
  @ApiOperation({ summary: 'Write the next version as a draft (or replace the draft); published versions never change' })
  @ApiOkResponse({ description: 'Drafted' })
  async draft(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('templateId', slugParam('templateId')) templateId: string, @Body() body: CardDto, @Res({ passthrough: true }) response: Response) {
    const command = { templateId, card: cardOf(body), isNew: false, actor };
    const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, body.expectedRevision) };
    const outcome = await this.executor.execute(templateStreamId(templateId), TEMPLATE_MODEL, context, (state, now) => decide(command, state, now));
    return answer(response, outcome, { templateId });
  }
}
