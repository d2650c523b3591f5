import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { GetCatalogue } from '../catalogue/catalogue.queries';
import { newId } from '../new-id';
import { AddActionCommand, AnswerRecommendationCommand, ChangeActionStatusCommand } from './action-commands';
import { ActionStatusDto, AddActionDto, AnswerDto } from './action.dto';

/** A review's follow-up: actions with owners and due days, tracked after the review is published too. */
@ApiTags('learning-reviews')
@Controller('learning-reviews/:reviewId/actions')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a follow-up action: an intervention from the catalogue or a new one, an owner role and unit, a due day' })
  @ApiCommandAnswer(201, 'Added', { reviewId: 'uuid', actionId: 'uuid' })
  async add(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: AddActionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const actionId = newId('action', actor, request.idempotencyKey);
    const catalogue = await this.queries.execute(new GetCatalogue());
    const command = {
      reviewId,
      actionId,
      recommendation: body.recommendation,
      intervention: body.intervention,
      ownerRole: body.ownerRole,
      unit: body.unit,
      dueOn: body.dueOn,
      catalogue: new Map(catalogue.interventions.map((i) => [i.id, catalogue.version])),
    };
    const outcome = await this.commands.execute(new AddActionCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { reviewId, actionId });
  }

  @Post(':actionId/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an action on: planned → under way → done, or dropped with a reason' })
  @ApiCommandAnswer(200, 'Changed', { reviewId: 'uuid', actionId: 'uuid' })
  async status(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('actionId') actionId: string,
    @Body() body: ActionStatusDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new ChangeActionStatusCommand(
        { reviewId, actionId, status: body.status, reason: body.reason, actor },
        commandMeta(actor, request, body.expectedRevision),
      ),
    );
    return answer(response, outcome, { reviewId, actionId });
  }

  @Post(':actionId/response')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the unit's answer to the recommendation: implemented, partly, under way, or rejected with a reason" })
  @ApiCommandAnswer(200, 'Recorded', { reviewId: 'uuid', actionId: 'uuid' })
  async respond(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('actionId') actionId: string,
    @Body() body: AnswerDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new AnswerRecommendationCommand(
        { reviewId, actionId, response: body.response, reason: body.reason, actor },
        commandMeta(actor, request, body.expectedRevision),
      ),
    );
    return answer(response, outcome, { reviewId, actionId });
  }
}
