import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { planIdParam } from '../command-handling/crisis-http';
import { CrisisChangeCommandDto, Text } from '../command-handling/dto-parts';
import { RetirePlanCommand } from './retire-plan.handler';

export class RetirePlanDto extends CrisisChangeCommandDto {
  @ApiProperty()
  @Text(2000)
  reason: string;
}

@ApiTags('crisis-plans')
@Controller('crisis-plans')
export class RetirePlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':planId/retirement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire a plan: no new activations from it; running ones keep their pinned version' })
  @ApiCommandAnswer(200, 'Retired; ETag is the new revision', { planId: 'slug' })
  async retire(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', planIdParam) planId: string,
    @Body() body: RetirePlanDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new RetirePlanCommand({ planId, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { planId });
  }
}
