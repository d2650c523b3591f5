import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { RecordDoctorArrivalDto } from './record-doctor-arrival.dto';
import { RecordDoctorArrivalCommand } from './record-doctor-arrival.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class RecordDoctorArrivalController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/doctor-arrival')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the doctor arrived and examined the inmate (or judged it unnecessary)' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordDoctorArrivalDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new RecordDoctorArrivalCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { placementId: id });
  }
}
