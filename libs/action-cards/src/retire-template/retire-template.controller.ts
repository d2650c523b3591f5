import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { ActionCardProblemFilter } from '../action-card-problems';
import { templateStreamId } from '../action-card-streams';
import { CommandRequest, CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer, slugParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { TEMPLATE_MODEL } from '../command-handling/stream-models';
import { decide } from './retire-template.decide';
import { RetireTemplateDto } from './retire-template.dto';

@ApiTags('action-card-templates')
@UseFilters(ActionCardProblemFilter)
@Controller('action-card-templates')
export class RetireTemplateController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':templateId/retirement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire the card: no new runs start from it; runs under way keep their pinned version' })
  @ApiOkResponse({ description: 'Retired' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('templateId', slugParam('templateId')) templateId: string, @Body() body: RetireTemplateDto, @Res({ passthrough: true }) response: Response) {
    const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, body.expectedRevision) };
    const outcome = await this.executor.execute(templateStreamId(templateId), TEMPLATE_MODEL, context, (state, now) => decide({ templateId, reason: body.reason, actor }, state, now));
    return answer(response, outcome, { templateId });
  }
}
