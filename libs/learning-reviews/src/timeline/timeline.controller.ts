import { Controller, Get, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { said } from '@vigil/event-sourcing';
import { UuidParam } from '@vigil/http-commands';
import { Reader, saidProblem } from '@vigil/http-problems';
import type { Translator } from '@vigil/i18n';
import { Principal, SignedIn } from '@vigil/identity';
import { readerSees } from '../read-models/review-reader-scope';
import { ActivationReviewAnswer, ReviewTimelineAnswer } from './timeline-responses.dto';
import { GetActivationReview, GetReviewTimeline } from './timeline.queries';

/** A review's timeline, assembled from the record of its subjects; and which review an activation has. */
@ApiTags('learning-reviews')
@Controller()
export class TimelineController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  @Get('learning-reviews/:reviewId/timeline')
  @ApiOperation({
    summary:
      "Every recorded event of the review's subjects, oldest first and in words: the incidents' own events, the action-card runs started for them " +
      '(each step done or skipped on time or late against its deadline) and, for an activation, its roles, levels, decisions with rationale and legal basis, ' +
      'communications, stand-down and evaluation; the moments the reviewers marked are flagged with why',
  })
  @ApiOkResponse({ type: ReviewTimelineAnswer })
  async timeline(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('reviewId') reviewId: string, @Reader() t: Translator) {
    const timeline = await this.queries.execute(new GetReviewTimeline(reviewId, t.language));
    // Outside the reader's unit reads as not recorded: the review's existence does not leak.
    if (!timeline || !readerSees(reader, timeline.unit))
      throw new NotFoundException(saidProblem(404, 'review-not-found', said('learning-reviews.review-not-found'), `No review ${reviewId} is recorded`));
    await this.accessLog.record(actor, `learning-review/${reviewId}`, 'timeline');
    const { unit: _unit, ...answer } = timeline;
    return answer;
  }

  @Get('learning-review-activations/:activationId')
  @ApiOperation({ summary: "The learning review of a crisis activation or exercise, if one exists: the crisis page links the activation's evaluation to it" })
  @ApiOkResponse({ type: ActivationReviewAnswer })
  forActivation(@Actor() _actor: string, @UuidParam('activationId') activationId: string) {
    return this.queries.execute(new GetActivationReview(activationId));
  }
}
