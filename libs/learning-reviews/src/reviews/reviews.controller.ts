import { Body, Controller, HttpCode, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import { Principal, SignedIn, unitText } from '@vigil/identity';
import type { Response } from 'express';
import { newId } from '../new-id';
import {
  AddAddendumCommand,
  AddParticipantCommand,
  DraftSummaryCommand,
  MarkMomentCommand,
  PublishReviewCommand,
  RecordItemCommand,
  SignOffCommand,
  StartReviewCommand,
  UnmarkMomentCommand,
  WithdrawItemCommand,
} from './review-commands';
import { FactorDto, FindingDto, MomentDto, ParticipantDto, ReasonDto, SignOffDto, StartReviewDto, TextDto } from './review.dto';

/** Drafting a review, agreeing it and publishing it; every change names the revision it saw (If-Match or expectedRevision). */
@ApiTags('learning-reviews')
@Controller('learning-reviews')
export class ReviewsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a review of incidents, a theme, or a crisis activation or exercise; its kind sets its depth' })
  @ApiCommandAnswer(201, 'Started; Location names the review', { reviewId: 'uuid' })
  async start(
    @Actor() actor: string,
    @SignedIn() who: Principal,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: StartReviewDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const reviewId = body.reviewId ?? newId('review', actor, request.idempotencyKey);
    const { kind, subject, title, dueOn } = body;
    const command = { reviewId, kind, subject, title, dueOn, unit: body.unit ?? unitText(who.unit), actor };
    const outcome = await this.commands.execute(new StartReviewCommand(command, commandMeta(actor, request)));
    response.setHeader('Location', `/learning-reviews/${reviewId}`);
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take up a review a policy requires: from now on it is a draft' })
  @ApiCommandAnswer(200, 'Started', { reviewId: 'uuid' })
  async takeUp(
    @Actor() actor: string,
    @SignedIn() who: Principal,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new StartReviewCommand({ reviewId, unit: unitText(who.unit), actor }, commandMeta(actor, request)));
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/participants')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a participant by role and pseudonymous reference' })
  @ApiCommandAnswer(200, 'Added', { reviewId: 'uuid' })
  async participant(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: ParticipantDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new AddParticipantCommand({ reviewId, ref: body.ref, role: body.role }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/moments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a moment of the assembled timeline that matters, and why' })
  @ApiCommandAnswer(200, 'Marked', { reviewId: 'uuid' })
  async mark(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: MomentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new MarkMomentCommand({ reviewId, eventId: body.eventId, why: body.why }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/moments/:eventId/unmarking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a marked moment off' })
  @ApiCommandAnswer(200, 'Unmarked', { reviewId: 'uuid' })
  async unmark(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('eventId') eventId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new UnmarkMomentCommand({ reviewId, eventId }, commandMeta(actor, request)));
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/findings')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a finding (what went well or wrong), classified, resting on recorded events' })
  @ApiCommandAnswer(201, 'Recorded', { reviewId: 'uuid', findingId: 'uuid' })
  async finding(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: FindingDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const findingId = newId('finding', actor, request.idempotencyKey);
    const command = { reviewId, itemId: findingId, type: 'finding' as const, kind: body.kind, class: body.class, text: body.text, evidence: body.evidence };
    const outcome = await this.commands.execute(new RecordItemCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { reviewId, findingId });
  }

  @Post(':reviewId/factors')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a contributing factor: organisational, static (physical/technical) or dynamic (human/relational)' })
  @ApiCommandAnswer(201, 'Recorded', { reviewId: 'uuid', factorId: 'uuid' })
  async factor(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: FactorDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const factorId = newId('factor', actor, request.idempotencyKey);
    const command = { reviewId, itemId: factorId, type: 'factor' as const, class: body.class, text: body.text, evidence: body.evidence };
    const outcome = await this.commands.execute(new RecordItemCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { reviewId, factorId });
  }

  @Post(':reviewId/items/:itemId/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a finding or factor from the draft, with why (it stays in the history)' })
  @ApiCommandAnswer(200, 'Withdrawn', { reviewId: 'uuid' })
  async withdraw(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('itemId') itemId: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new WithdrawItemCommand({ reviewId, itemId, reason: body.reason }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { reviewId });
  }

  @Put(':reviewId/summary')
  @HttpCode(200)
  @ApiOperation({ summary: "Write the review's summary; send the revision you read: of two reviewers, one wins and the other gets 409 with the current text" })
  @ApiCommandAnswer(200, 'Saved', { reviewId: 'uuid' })
  async summary(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: TextDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new DraftSummaryCommand({ reviewId, text: body.text }, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/sign-offs')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign the review off for management or for the employee representatives; with both it is agreed' })
  @ApiCommandAnswer(200, 'Signed off', { reviewId: 'uuid' })
  async signOff(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: SignOffDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new SignOffCommand({ reviewId, as: body.as, actor }, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/publication')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish an agreed review; it is never edited after: later learning is an addendum' })
  @ApiCommandAnswer(200, 'Published', { reviewId: 'uuid' })
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new PublishReviewCommand({ reviewId, actor }, commandMeta(actor, request)));
    return answer(response, outcome, { reviewId });
  }

  @Post(':reviewId/addenda')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add later learning to a published review' })
  @ApiCommandAnswer(201, 'Added', { reviewId: 'uuid', addendumId: 'uuid' })
  async addendum(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('reviewId') reviewId: string,
    @Body() body: TextDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const addendumId = newId('addendum', actor, request.idempotencyKey);
    const outcome = await this.commands.execute(
      new AddAddendumCommand({ reviewId, addendumId, text: body.text, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { reviewId, addendumId });
  }
}
