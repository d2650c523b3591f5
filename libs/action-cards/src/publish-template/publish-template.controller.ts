import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { STATE_AFTER, templateIdParam } from '../action-card-http';
import { PublishTemplateDto } from './publish-template.dto';
import { PublishTemplateCommand } from './publish-template.handler';

@ApiTags('action-card-templates')
@Controller('action-card-templates')
export class PublishTemplateController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':templateId/publication')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the draft as version N; the previous version is superseded, never changed' })
  @ApiCommandAnswer(200, 'Published; ETag is the card revision', { templateId: 'slug' }, STATE_AFTER)
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('templateId', templateIdParam) templateId: string,
    @Body() body: PublishTemplateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new PublishTemplateCommand({ templateId, actor }, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { templateId, state: outcome.state });
  }
}
