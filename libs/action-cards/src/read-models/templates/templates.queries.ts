import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Reads of the card library. */
@Injectable()
export class TemplatesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(situation?: string) {
    return this.dataSource.query(
      `SELECT template_id AS "templateId", revision, status, current_version AS "currentVersion", draft_version AS "draftVersion", title, situation, updated_at AS "updatedAt"
         FROM action_card_template ${situation ? 'WHERE situation = $1' : ''} ORDER BY template_id`,
      situation ? [situation] : [],
    );
  }

  async get(templateId: string) {
    const [row] = await this.dataSource.query('SELECT revision, status, state FROM action_card_template WHERE template_id = $1', [templateId]);
    if (!row) return null;
    const versions = await this.dataSource.query(
      `SELECT version, status, title, published_at AS "publishedAt" FROM action_card_template_version WHERE template_id = $1 ORDER BY version`,
      [templateId],
    );
    return { templateId, revision: row.revision, status: row.status, current: row.state.versions.find((v: { status: string }) => v.status === 'published') ?? null, draft: row.state.draft, versions };
  }

  async version(templateId: string, version: number) {
    const [row] = await this.dataSource.query(
      `SELECT template_id AS "templateId", version, status, published_at AS "publishedAt", card FROM action_card_template_version WHERE template_id = $1 AND version = $2`,
      [templateId, version],
    );
    return row ?? null;
  }
}
