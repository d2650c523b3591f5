import { ApiProperty } from '@nestjs/swagger';
import { ACTION_STATUSES, FACTOR_CLASSES, HORIZONS } from '../domain/review.vocabulary';

const uuid = { type: 'string', format: 'uuid' } as const;
const month = { type: 'string', pattern: '^\\d{4}-\\d{2}$', example: '2025-03' } as const;

class EffectInterventionAnswer {
  @ApiProperty({ example: 'conflict-communication-training' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: FACTOR_CLASSES }) category!: string;
  @ApiProperty({ enum: HORIZONS }) horizon!: string;
  @ApiProperty({ type: [String], description: 'the incident kinds it is meant for: the kinds counted' }) kinds!: string[];
}

class EffectActionAnswer {
  @ApiProperty(uuid) reviewId!: string;
  @ApiProperty(uuid) actionId!: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: string;
  @ApiProperty({ type: 'string', format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'when it was first under way (or done)' }) underWaySince!: string | null;
}

class EffectPeriodAnswer {
  @ApiProperty(month) from!: string;
  @ApiProperty(month) to!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 12, description: 'whole months counted (after: those ended so far)' }) months!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'registrations in those months' }) total!: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'registrations a month, two decimals' }) perMonth!: number | null;
}

class EffectTransitionAnswer {
  @ApiProperty({ ...month, description: 'the month it was first under way: partly before and partly after, so counted in neither' }) month!: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'null until the month has ended' }) count!: number | null;
}

class EffectPointAnswer {
  @ApiProperty(month) month!: string;
  @ApiProperty({ enum: ['before', 'transition', 'after'] }) phase!: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'null for a month that has not ended yet' }) count!: number | null;
}

export class InterventionEffectAnswer {
  @ApiProperty({ type: EffectInterventionAnswer }) intervention!: EffectInterventionAnswer;
  @ApiProperty({ example: 'institution:nyborg' }) unit!: string;
  @ApiProperty({ type: [EffectActionAnswer], description: 'the follow-up actions that put it in place at the unit' }) actions!: EffectActionAnswer[];
  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'the day it was first under way there; null while none is' })
  inPlaceSince!: string | null;
  @ApiProperty({ enum: ['registrations'], description: 'what is counted: incidents registered (and counted now), never incidence' }) counting!: string;
  @ApiProperty({ description: 'what the numbers can and cannot say' }) caution!: string;
  @ApiProperty({ example: 'Registered incidents of violence or threat at institution nyborg: 14 in the 12 months before …' }) summary!: string;
  @ApiProperty({ type: EffectPeriodAnswer, required: false, description: 'the 12 whole months before; absent while not under way' })
  before?: EffectPeriodAnswer;
  @ApiProperty({ type: EffectTransitionAnswer, required: false }) transition?: EffectTransitionAnswer;
  @ApiProperty({ type: EffectPeriodAnswer, required: false, description: 'the 12 whole months after (those ended so far)' }) after?: EffectPeriodAnswer;
  @ApiProperty({ type: 'integer', nullable: true, required: false, description: 'registrations a month after against before, per cent' })
  changePercent?: number | null;
  @ApiProperty({ type: [EffectPointAnswer], required: false, description: 'month by month, before, transition and after' }) series?: EffectPointAnswer[];
}
