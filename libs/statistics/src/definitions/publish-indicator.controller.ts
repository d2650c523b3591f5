import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, slugParam } from '@vigil/http-commands';
import { Param } from '@nestjs/common';
import type { Response } from 'express';
import { PublishIndicatorDto } from './publish-indicator.dto';
import { PublishIndicatorVersionCommand } from './publish-indicator.handler';

const INDICATOR = /^[a-z0-9][a-z0-9-]{1,59}$/;

@ApiTags('statistics')
@Controller('statistics/indicators')
export class PublishIndicatorController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':indicator/versions')
  @HttpCode(201)
  @ApiParam({ name: 'indicator', example: 'staff-episodes' })
  @ApiOperation({
    summary: 'Publish the next version of an indicator definition; history is re-projected under it, beside the old versions, which never change',
  })
  @ApiCommandAnswer(201, 'Published; its figures are computed in the background (see GET /statistics/indicators)', {}, { version: { type: 'integer' } })
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('indicator', slugParam('indicator', INDICATOR, 'staff-episodes')) indicator: string,
    @Body() body: PublishIndicatorDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new PublishIndicatorVersionCommand(body.toCommand(indicator, actor), commandMeta(actor, request)));
    const version = outcome.state.versions[outcome.state.versions.length - 1].version;
    response.setHeader('Location', `/statistics/indicators`);
    return answer(response, outcome, { indicator, version });
  }
}
