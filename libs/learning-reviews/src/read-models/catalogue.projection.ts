import { categoryOf, RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { CATALOGUE_STREAM_ID, CatalogueVersionPublished } from '../domain/catalogue';

/** Every version of every intervention, so an action reads the title and class of the version it was picked from. */
export class LearningCatalogueProjection implements Projection {
  readonly name = 'learning-reviews.catalogue';
  readonly tables = ['learning_catalogue_interventions'];
  readonly category = categoryOf(CATALOGUE_STREAM_ID);

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== 'learning-reviews.catalogue-version-published.v1' || event.streamId !== CATALOGUE_STREAM_ID) return;
    const { version, interventions } = event.data as CatalogueVersionPublished['data'];
    for (const i of interventions) {
      await manager.query(
        `INSERT INTO learning_catalogue_interventions (intervention_id, version, title, category, horizon) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [i.id, version, i.title, i.category, i.horizon],
      );
    }
  }
}
