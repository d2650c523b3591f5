import { ApiProperty } from '@nestjs/swagger';
import { RESPONSIBLE_ROLES, SITUATIONS } from '../../domain/action-card.vocabulary';
import { TemplateState, VersionStatus } from '../../domain/template.state';

const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const TEMPLATE_STATUSES: readonly Exclude<TemplateState['status'], 'none'>[] = ['drafting', 'published', 'retired'];
const VERSION_STATUSES: readonly VersionStatus[] = ['published', 'superseded', 'retired'];

/** One step of a card as written (deadline relative to the run's start). */
export class CardContentStepDto {
  @ApiProperty({ ...slug, example: 'call-manager' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() instructions: string;
  @ApiProperty({ enum: RESPONSIBLE_ROLES }) responsibleRole: string;
  @ApiProperty({ description: 'canonical ISO 8601 duration after the run starts', example: 'PT1H' }) deadline: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'the same deadline in minutes' }) deadlineMinutes: number;
  @ApiProperty() mandatory: boolean;
  @ApiProperty({ description: 'a note is required to tick the step off' }) noteRequired: boolean;
  @ApiProperty({ type: [String], description: 'ids of the steps that must be closed before this one' }) prerequisites: string[];
}

/** The content of one version of an action card: what a run pins. */
export class CardContentDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: SITUATIONS }) situation: string;
  @ApiProperty({ description: 'empty when the card has none' }) summary: string;
  @ApiProperty({ type: [CardContentStepDto] }) steps: CardContentStepDto[];
}

export class TemplateListItemDto {
  @ApiProperty({ ...slug, example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ enum: TEMPLATE_STATUSES }) status: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version new runs start from' }) currentVersion: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version being written' }) draftVersion: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SITUATIONS }) situation: string;
  @ApiProperty(instant) updatedAt: string;
}

export class TemplateListDto {
  @ApiProperty({ type: [TemplateListItemDto] }) items: TemplateListItemDto[];
}

export class PublishedVersionDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status: string;
  @ApiProperty({ type: CardContentDto }) card: CardContentDto;
}

export class TemplateDraftDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ type: CardContentDto }) card: CardContentDto;
}

export class TemplateVersionSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status: string;
  @ApiProperty() title: string;
  @ApiProperty(instant) publishedAt: string;
}

export class TemplateDto {
  @ApiProperty({ ...slug, example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'also the ETag' }) revision: number;
  @ApiProperty({ enum: TEMPLATE_STATUSES }) status: string;
  @ApiProperty({ type: PublishedVersionDto, nullable: true, description: 'the version in force; null while drafting or once retired' })
  current: PublishedVersionDto | null;
  @ApiProperty({ type: TemplateDraftDto, nullable: true, description: 'the next version being written, if any' }) draft: TemplateDraftDto | null;
  @ApiProperty({ type: [TemplateVersionSummaryDto] }) versions: TemplateVersionSummaryDto[];
}

export class TemplateVersionDto {
  @ApiProperty({ ...slug, example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status: string;
  @ApiProperty(instant) publishedAt: string;
  @ApiProperty({ type: CardContentDto }) card: CardContentDto;
}
