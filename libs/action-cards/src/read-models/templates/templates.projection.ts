import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { TEMPLATE_CATEGORY, templateIdOf } from '../../action-card-streams';
import { isTemplateEvent, TemplateEvent } from '../../domain/template.events';
import { evolveTemplate, initialTemplate, TemplateState } from '../../domain/template.state';

/** The card library: each template as it stands, and every published version exactly as published. */
export class TemplatesProjection implements Projection {
  readonly name = 'action-cards.templates';
  readonly tables = ['action_card_template', 'action_card_template_version'];
  readonly category = TEMPLATE_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isTemplateEvent(event.type)) return;
    const id = templateIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state FROM action_card_template WHERE template_id = $1', [id]);
    if (row && row.revision >= event.revision) return; // already applied
    const typed = { type: event.type, data: event.data } as TemplateEvent;
    const state = evolveTemplate((row?.state as TemplateState) ?? initialTemplate, typed);
    if (state.status === 'none') return;
    const shown = state.draft?.card ?? state.versions[state.versions.length - 1]?.card;
    await manager.query(
      `INSERT INTO action_card_template (template_id, revision, status, current_version, draft_version, title, situation, updated_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (template_id) DO UPDATE SET revision = $2, status = $3, current_version = $4, draft_version = $5, title = $6, situation = $7, updated_at = $8, state = $9`,
      [
        id,
        event.revision,
        state.status,
        state.status === 'published' ? state.currentVersion : null,
        state.draft?.version ?? null,
        shown.title,
        shown.situation,
        event.metadata.recordedAt,
        JSON.stringify(state),
      ],
    );
    if (typed.type === 'action-cards.template-published.v1') {
      const { version, card } = typed.data;
      await manager.query(
        `INSERT INTO action_card_template_version (template_id, version, status, title, situation, card, published_at) VALUES ($1, $2, 'published', $3, $4, $5, $6)
         ON CONFLICT DO NOTHING`,
        [id, version, card.title, card.situation, JSON.stringify(card), event.metadata.recordedAt],
      );
    }
    for (const v of state.versions) {
      await manager.query('UPDATE action_card_template_version SET status = $3 WHERE template_id = $1 AND version = $2 AND status <> $3', [
        id,
        v.version,
        v.status,
      ]);
    }
  }
}
