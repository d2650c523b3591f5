import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { planIdParam } from '../command-handling/crisis-http';
import { CrisisChangeCommandDto } from '../command-handling/dto-parts';
import { PublishPlanCommand } from './publish-plan.handler';

@ApiTags('crisis-plans')
@Controller('crisis-plans')
export class PublishPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':planId/publication')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the draft as version N (immutable); the version it replaces is superseded' })
  @ApiCommandAnswer(200, 'Published; ETag is the new revision', { planId: 'slug' })
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', planIdParam) planId: string,
    @Body() body: CrisisChangeCommandDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new PublishPlanCommand({ planId, actor }, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { planId });
  }
}
