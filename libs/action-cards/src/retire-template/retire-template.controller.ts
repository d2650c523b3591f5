import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { STATE_AFTER, templateIdParam } from '../action-card-http';
import { RetireTemplateDto } from './retire-template.dto';
import { RetireTemplateCommand } from './retire-template.handler';

@ApiTags('action-card-templates')
@Controller('action-card-templates')
export class RetireTemplateController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':templateId/retirement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire the card: no new runs start from it; runs under way keep their pinned version' })
  @ApiCommandAnswer(200, 'Retired; ETag is the card revision', { templateId: 'slug' }, STATE_AFTER)
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('templateId', templateIdParam) templateId: string,
    @Body() body: RetireTemplateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = { templateId, reason: body.reason, actor };
    const outcome = await this.commands.execute(new RetireTemplateCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { templateId, state: outcome.state });
  }
}
