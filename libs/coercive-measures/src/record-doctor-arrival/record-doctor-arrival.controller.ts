import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { PlacementCommandExecutor } from '../command-handling/placement-command.executor';
import { CommandRequest, CommandRequestInfo, placementIdParam } from '../command-handling/request-context';
import { decide, RecordDoctorArrival } from './record-doctor-arrival.decide';
import { RecordDoctorArrivalDto } from './record-doctor-arrival.dto';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class RecordDoctorArrivalController {
  constructor(private readonly executor: PlacementCommandExecutor) {}

  @Post(':id/doctor-arrival')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the doctor arrived and examined the inmate (or judged it unnecessary)' })
  @ApiOkResponse({ description: 'Recorded as a new event with its author; nothing earlier is changed' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('id', placementIdParam) id: string,
    @Body() body: RecordDoctorArrivalDto,
  ) {
    const { expectedRevision, ...fields } = body;
    const command = { ...fields, placementId: id, actor } as unknown as RecordDoctorArrival;
    return this.executor.execute(id, { actor, expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
