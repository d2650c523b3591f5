import { Body, Controller, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { STATE_AFTER, templateIdParam } from '../action-card-http';
import { DraftTemplateCommand } from './draft-template.handler';
import { CardDto, NewTemplateDto } from './draft-template.dto';

@ApiTags('action-card-templates')
@Controller('action-card-templates')
export class DraftTemplateController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Write a new action card; it starts as the draft of version 1' })
  @ApiCommandAnswer(201, 'Drafted; Location names the card', { templateId: 'slug' }, STATE_AFTER)
  async create(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: NewTemplateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const templateId = templateIdParam.transform(body.templateId, { type: 'body' });
    const outcome = await this.commands.execute(
      new DraftTemplateCommand(body.toCommand(templateId, actor, true), commandMeta(actor, request, body.expectedRevision)),
    );
    response.setHeader('Location', `/action-card-templates/${templateId}`);
    return answer(response, outcome, { templateId, state: outcome.state });
  }

  @Put(':templateId/draft')
  @ApiOperation({ summary: 'Write the next version as a draft (or replace the draft); published versions never change' })
  @ApiCommandAnswer(200, 'Drafted; ETag is the card revision', { templateId: 'slug' }, STATE_AFTER)
  async draft(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('templateId', templateIdParam) templateId: string,
    @Body() body: CardDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new DraftTemplateCommand(body.toCommand(templateId, actor, false), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { templateId, state: outcome.state });
  }
}
