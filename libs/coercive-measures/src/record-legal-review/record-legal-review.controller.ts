import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { PlacementCommandExecutor } from '../command-handling/placement-command.executor';
import { CommandRequest, CommandRequestInfo, placementIdParam } from '../command-handling/request-context';
import { decide, RecordLegalReview } from './record-legal-review.decide';
import { RecordLegalReviewDto } from './record-legal-review.dto';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class RecordLegalReviewController {
  constructor(private readonly executor: PlacementCommandExecutor) {}

  @Post(':id/legal-review')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the legal review of the case by the area's lawyers" })
  @ApiOkResponse({ description: 'Recorded as a new event with its author; nothing earlier is changed' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('id', placementIdParam) id: string,
    @Body() body: RecordLegalReviewDto,
  ) {
    const { expectedRevision, ...fields } = body;
    const command = { ...fields, placementId: id, actor } as unknown as RecordLegalReview;
    return this.executor.execute(id, { actor, expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
