import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { PlacementCommandExecutor } from '../command-handling/placement-command.executor';
import { CommandRequest, CommandRequestInfo, placementIdParam } from '../command-handling/request-context';
import { decide, RecordManagementReview } from './record-management-review.decide';
import { RecordManagementReviewDto } from './record-management-review.dto';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class RecordManagementReviewController {
  constructor(private readonly executor: PlacementCommandExecutor) {}

  @Post(':id/management-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the management review of the case' })
  @ApiOkResponse({ description: 'Recorded as a new event with its author; nothing earlier is changed' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('id', placementIdParam) id: string,
    @Body() body: RecordManagementReviewDto,
  ) {
    const { expectedRevision, ...fields } = body;
    const command = { ...fields, placementId: id, actor } as unknown as RecordManagementReview;
    return this.executor.execute(id, { actor, expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
