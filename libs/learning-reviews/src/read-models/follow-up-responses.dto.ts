import { ApiProperty } from '@nestjs/swagger';
import { FACTOR_CLASSES, HORIZONS } from '../domain/review.vocabulary';
import { instant, ReviewActionDto, uuid } from './review-responses.dto';
import { REVIEW_STATUSES } from './review-queries.dto';

/** One follow-up action with the review it came from. */
export class FollowUpActionDto extends ReviewActionDto {
  @ApiProperty(uuid) reviewId: string;
  @ApiProperty() reviewTitle: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) reviewStatus: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'syddanmark', description: "the action unit's area" }) area: string | null;
  @ApiProperty(instant) addedAt: string;
}

export class FollowUpActionPageDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'actions matching the filters, on every page' }) total: number;
  @ApiProperty({ type: [FollowUpActionDto], description: 'earliest due day first' }) items: FollowUpActionDto[];
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class HalfYearCountDto {
  @ApiProperty({ example: '2026-H1', description: 'the half-year the factors were recorded in' }) halfYear: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) factors: number;
}

export class FactorClassThemeDto {
  @ApiProperty({ enum: FACTOR_CLASSES }) class: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'contributing factors of this class (withdrawn ones left out)' }) factors: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'reviews that found one' }) reviews: number;
  @ApiProperty({ type: [HalfYearCountDto], description: 'oldest first' }) byHalfYear: HalfYearCountDto[];
}

export class RecurringTextDto {
  @ApiProperty({ enum: FACTOR_CLASSES }) class: string;
  @ApiProperty({ description: 'as first written (texts that differ only in case are one)' }) text: string;
  @ApiProperty({ type: 'integer', minimum: 2, description: 'reviews that recorded it' }) reviews: number;
  @ApiProperty({ type: 'integer', minimum: 2 }) factors: number;
}

export class InterventionAreaDto {
  @ApiProperty({ type: 'string', nullable: true, example: 'syddanmark', description: 'null: a national action' }) area: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) actions: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'under way or done' }) started: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) done: number;
}

export class InterventionUseDto {
  @ApiProperty({ type: 'string', nullable: true, description: 'from the catalogue; null for a proposed one' }) interventionId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: FACTOR_CLASSES, nullable: true }) category: string | null;
  @ApiProperty({ enum: HORIZONS, nullable: true }) horizon: string | null;
  @ApiProperty() fromCatalogue: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) actions: number;
  @ApiProperty({ type: [InterventionAreaDto] }) byArea: InterventionAreaDto[];
}

export class GoalAreaDto {
  @ApiProperty({ example: 'syddanmark' }) area: string;
  @ApiProperty({ description: 'an intervention from the catalogue was started here this year (under way or done)' }) started: boolean;
  @ApiProperty({ type: [String], description: 'which catalogue interventions' }) interventionIds: string[];
}

/** The year's goal: every area has started interventions from the catalogue. */
export class ThemesGoalDto {
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ enum: ['dk', 'no'], description: "whose goal: the country's areas or regions" }) country: string;
  @ApiProperty({ type: [GoalAreaDto] }) areas: GoalAreaDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) areasStarted: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) areaCount: number;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, example: 0.5, description: 'areasStarted / areaCount' }) share: number;
}

/** What recurs across reviews, which interventions are used where, and the year's goal. */
export class ThemesDto {
  @ApiProperty({ ...instant, description: 'when it was read' }) asOf: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) from: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) to: string | null;
  @ApiProperty({ description: 'to show with the figures' }) note: string;
  @ApiProperty({ type: [FactorClassThemeDto] }) classes: FactorClassThemeDto[];
  @ApiProperty({ type: [RecurringTextDto], description: 'factor texts recorded in two or more reviews, most reviews first' })
  recurringTexts: RecurringTextDto[];
  @ApiProperty({ type: [InterventionUseDto], description: 'most actions first' }) interventions: InterventionUseDto[];
  @ApiProperty({ type: ThemesGoalDto, description: 'national: every area, whatever the reader’s unit' }) goal: ThemesGoalDto;
}
