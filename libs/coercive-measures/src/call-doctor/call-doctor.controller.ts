import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { CallDoctorDto } from './call-doctor.dto';
import { CallDoctorCommand } from './call-doctor.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class CallDoctorController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/doctor-call')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a doctor was called, and why' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: CallDoctorDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new CallDoctorCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { placementId: id });
  }
}
