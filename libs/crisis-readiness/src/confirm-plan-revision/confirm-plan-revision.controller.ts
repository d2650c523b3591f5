import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { planIdParam } from '../command-handling/crisis-http';
import { CrisisChangeCommandDto, Text } from '../command-handling/dto-parts';
import { ConfirmPlanRevisionCommand } from './confirm-plan-revision.handler';

export class ConfirmPlanRevisionDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'Gennemgået med politiets og DSB’s trusselsvurderinger; ingen ændringer.' })
  @Text()
  note: string;
}

@ApiTags('crisis-plans')
@Controller('crisis-plans')
export class ConfirmPlanRevisionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':planId/revision-confirmations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a revision that keeps the plan unchanged; its revision clock restarts' })
  @ApiCommandAnswer(200, 'Confirmed; ETag is the new revision', { planId: 'slug' })
  async confirm(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', planIdParam) planId: string,
    @Body() body: ConfirmPlanRevisionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new ConfirmPlanRevisionCommand({ planId, note: body.note, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { planId });
  }
}
