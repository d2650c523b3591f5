import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Card } from '../../domain/card';
import { PublishedVersion, TemplateState } from '../../domain/template.state';

export interface TemplateListItem {
  templateId: string;
  revision: number;
  status: string;
  currentVersion: number | null;
  draftVersion: number | null;
  title: string;
  situation: string;
  updatedAt: Date;
}

export interface TemplateView {
  templateId: string;
  revision: number;
  status: string;
  current: PublishedVersion | null;
  draft: { version: number; card: Card } | null;
  versions: { version: number; status: string; title: string; publishedAt: Date }[];
}

export interface TemplateVersionView {
  templateId: string;
  version: number;
  status: string;
  publishedAt: Date;
  card: Card;
}

/** The cards in the library, optionally for one situation. */
export class ListTemplates extends Query<TemplateListItem[]> {
  constructor(readonly situation?: string) {
    super();
  }
}

/** One card as it stands: its current version, its draft and its versions; null when unknown. */
export class GetTemplate extends Query<TemplateView | null> {
  constructor(readonly templateId: string) {
    super();
  }
}

/** One published version exactly as published; null when there is none. */
export class GetTemplateVersion extends Query<TemplateVersionView | null> {
  constructor(
    readonly templateId: string,
    readonly version: number,
  ) {
    super();
  }
}

@QueryHandler(ListTemplates)
export class ListTemplatesHandler implements IQueryHandler<ListTemplates> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ situation }: ListTemplates): Promise<TemplateListItem[]> {
    return this.dataSource.query(
      `SELECT template_id AS "templateId", revision, status, current_version AS "currentVersion", draft_version AS "draftVersion", title, situation, updated_at AS "updatedAt"
         FROM action_card_template ${situation ? 'WHERE situation = $1' : ''} ORDER BY template_id`,
      situation ? [situation] : [],
    );
  }
}

@QueryHandler(GetTemplate)
export class GetTemplateHandler implements IQueryHandler<GetTemplate> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ templateId }: GetTemplate): Promise<TemplateView | null> {
    const [row]: { revision: number; status: string; state: Exclude<TemplateState, { status: 'none' }> }[] = await this.dataSource.query(
      'SELECT revision, status, state FROM action_card_template WHERE template_id = $1',
      [templateId],
    );
    if (!row) return null;
    const versions = await this.dataSource.query(
      `SELECT version, status, title, published_at AS "publishedAt" FROM action_card_template_version WHERE template_id = $1 ORDER BY version`,
      [templateId],
    );
    const current = row.state.versions.find((v) => v.status === 'published') ?? null;
    return { templateId, revision: row.revision, status: row.status, current, draft: row.state.draft, versions };
  }
}

@QueryHandler(GetTemplateVersion)
export class GetTemplateVersionHandler implements IQueryHandler<GetTemplateVersion> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ templateId, version }: GetTemplateVersion): Promise<TemplateVersionView | null> {
    const [row] = await this.dataSource.query(
      `SELECT template_id AS "templateId", version, status, published_at AS "publishedAt", card FROM action_card_template_version WHERE template_id = $1 AND version = $2`,
      [templateId, version],
    );
    return row ?? null;
  }
}
