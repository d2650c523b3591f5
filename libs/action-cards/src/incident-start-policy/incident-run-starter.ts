import { CommandBus } from '@nestjs/cqrs';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { WORKFLOW_ACTOR } from '../action-card-streams';
import { ActionCardError } from '../domain/action-card.errors';
import { StartRunCommand } from '../start-run/start-run.handler';

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
  constructor(
    private readonly commands: CommandBus,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

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
    const eventId = request.incident_event_id;
    const trigger = { type: 'incident' as const, incidentId: request.incident_id, incidentEventId: eventId, policyVersion: request.policy_version };
    const startedAt = new Date(request.requested_at).toISOString();
    const command = {
      runId: request.run_id,
      templateId: request.template_id,
      area: request.area,
      institution: request.institution,
      startedAt,
      trigger,
      actor: WORKFLOW_ACTOR,
    };
    const startedId = deterministicUuid('vigil-action-card-run-started', eventId);
    const meta = { actor: WORKFLOW_ACTOR, correlationId: eventId, causationId: eventId, eventIds: () => startedId };
    let outcome = 'started';
    try {
      await this.commands.execute(new StartRunCommand(command, meta));
    } catch (error) {
      // Retired or unknown card: the request is closed with the reason, visible in the table.
      if (!(error instanceof ActionCardError)) throw error;
      if (error.code !== 'run-already-started') outcome = error.code;
    }
    await manager.query('UPDATE action_card_run_start_request SET handled_at = $2, outcome = $3 WHERE run_id = $1', [
      request.run_id,
      this.clock.now().toISOString(),
      outcome,
    ]);
  }
}
