import { Clock, EventStore, WrongExpectedRevisionError } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { runStreamId, templateStreamId, WORKFLOW_ACTOR } from '../action-card-streams';
import { deterministicUuid } from '../command-handling/command-ids';
import { foldRecorded } from '../command-handling/stream-executor';
import { TEMPLATE_MODEL } from '../command-handling/stream-models';
import { ActionCardError } from '../domain/action-card.errors';
import { decide } from '../start-run/start-run.decide';

interface StartRequest {
  run_id: string;
  incident_id: string;
  incident_event_id: string;
  template_id: string;
  policy_version: number;
  area: string;
  institution: string | null;
  requested_at: Date;
}

/**
 * Starts the runs the start policy asked for. Requests are claimed with SKIP LOCKED; the run id and
 * the start event's id both derive from the incident's event id, so no incident starts two runs.
 */
export class IncidentRunStarter {
  constructor(private readonly store: EventStore, private readonly dataSource: DataSource, private readonly clock: Clock) {}

  async pollOnce(batchSize = 20): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const requests: StartRequest[] = await manager.query(
        `SELECT * FROM action_card_run_start_request WHERE handled_at IS NULL ORDER BY requested_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      for (const request of requests) await this.start(request, manager);
      return requests.length;
    });
  }

  private async start(request: StartRequest, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    const streamId = runStreamId(request.run_id);
    let outcome = 'started';
    if ((await this.store.streamRevision(streamId)) === null) {
      const template = foldRecorded(TEMPLATE_MODEL, await this.store.readStream(templateStreamId(request.template_id)));
      const trigger = { type: 'incident' as const, incidentId: request.incident_id, incidentEventId: request.incident_event_id, policyVersion: request.policy_version };
      const command = { runId: request.run_id, templateId: request.template_id, template, area: request.area, institution: request.institution, startedAt: new Date(request.requested_at).toISOString(), trigger, actor: WORKFLOW_ACTOR };
      try {
        const [event] = decide(command, { status: 'none' }, now);
        const id = deterministicUuid('vigil-action-card-run-started', request.incident_event_id);
        const metadata = { actor: WORKFLOW_ACTOR, correlationId: request.incident_event_id, causationId: request.incident_event_id };
        await this.store.appendToStream(streamId, [{ id, type: event.type, data: event.data, metadata }], { expectedRevision: 'no-stream' });
      } catch (error) {
        // Retired or unknown card: the request is closed with the reason, visible in the table.
        if (error instanceof ActionCardError) outcome = error.code;
        else if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    await manager.query('UPDATE action_card_run_start_request SET handled_at = $2, outcome = $3 WHERE run_id = $1', [request.run_id, now.toISOString(), outcome]);
  }
}
