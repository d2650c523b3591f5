import { Controller, Get, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { UuidParam } from '@vigil/http-commands';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import { Principal, SignedIn } from '@vigil/identity';
import type { Response } from 'express';
import { GetReview } from './review-detail.queries';
import { ListReviews } from './review-list.queries';
import { ListReviewsQuery } from './review-queries.dto';
import { readerSees, reviewScopeOf } from './review-reader-scope';
import { ReviewDetailDto, ReviewPageDto } from './review-responses.dto';

const notFound = (id: string) =>
  new NotFoundException(saidProblem(404, 'review-not-found', said('learning-reviews.review-not-found'), `No learning review ${id} is recorded`));

/** Reviews in the reader's unit: the list (from the read model) and one in full (from its stream, on the access log). */
@ApiTags('learning-reviews')
@Controller('learning-reviews')
export class ReviewQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reviews in your unit, newest due day first: status, deadlines, counts of findings, factors and open or overdue actions' })
  @ApiOkResponse({ type: ReviewPageDto })
  async list(@SignedIn() reader: Principal, @Query() query: ListReviewsQuery) {
    const page = await this.queries.execute(new ListReviews(query, reviewScopeOf(reader)));
    return { ...page, limit: query.limit, offset: query.offset };
  }

  @Get(':reviewId')
  @ApiOperation({
    summary: 'The review in full, always current (ETag = revision): participants, moments, findings and factors, summary, actions, sign-offs, addenda',
  })
  @ApiOkResponse({ type: ReviewDetailDto })
  async get(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('reviewId') reviewId: string, @Res({ passthrough: true }) response: Response) {
    const review = await this.queries.execute(new GetReview(reviewId));
    // A review outside the reader's unit reads as not recorded.
    if (!review || !readerSees(reader, review.unit)) throw notFound(reviewId);
    await this.accessLog.record(actor, `learning-review/${reviewId}`, 'detail');
    response.setHeader('ETag', `"${review.revision}"`);
    return review;
  }
}
