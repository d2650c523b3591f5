import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { WORKFLOW_ACTOR } from '../action-card-streams';
import { ActionCardError } from '../domain/action-card.errors';
import { RunTrigger } from '../domain/run.events';
import { StartRunCommand } from '../start-run/start-run.handler';

interface StartRequest {
  run_id: string;
  activation_id: string;
  activation_event_id: string;
  template_id: string;
  plan_id: string;
  plan_version: number;
  exercise: boolean;
  area: string;
  institution: string | null;
  activated_at: Date;
}

/**
 * Starts the runs crisis activations asked for, pinning each card's current published version.
 * Requests are claimed with SKIP LOCKED; the run id derives from activation and card and the start
 * event's id from the run, so a run never starts twice. An unknown or retired card starts nothing;
 * its request is closed with the reason (`outcome`) and logged, and the other cards still start.
 */
export class ActivationRunStarter {
  private readonly logger = new Logger('ActivationRunStarter');

  constructor(
    private readonly commands: CommandBus,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async pollOnce(batchSize = 20): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const requests: StartRequest[] = await manager.query(
        `SELECT * FROM action_card_activation_start_request WHERE handled_at IS NULL ORDER BY activated_at, template_id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      for (const request of requests) await this.start(request, manager);
      return requests.length;
    });
  }

  private async start(request: StartRequest, manager: EntityManager): Promise<void> {
    const trigger: RunTrigger = {
      type: 'crisis-activation',
      activationId: request.activation_id,
      activationEventId: request.activation_event_id,
      planId: request.plan_id,
      planVersion: request.plan_version,
      exercise: request.exercise,
    };
    const startedAt = new Date(request.activated_at).toISOString(); // deadlines count from the activation
    const command = {
      runId: request.run_id,
      templateId: request.template_id,
      area: request.area,
      institution: request.institution,
      startedAt,
      trigger,
      actor: WORKFLOW_ACTOR,
    };
    const startedId = deterministicUuid('vigil-action-card-run-started-by-activation', request.run_id);
    const meta = { actor: WORKFLOW_ACTOR, correlationId: request.activation_id, causationId: request.activation_event_id, eventIds: () => startedId };
    let outcome: string;
    try {
      outcome = (await this.commands.execute(new StartRunCommand(command, meta))).alreadyRecorded ? 'already-started' : 'started';
    } catch (error) {
      if (!(error instanceof ActionCardError)) throw error;
      outcome = error.code === 'run-already-started' ? 'already-started' : error.code;
      if (error.code !== 'run-already-started')
        this.logger.warn(`Crisis activation ${request.activation_id} names action card "${request.template_id}", which starts no run: ${error.code}`);
    }
    await manager.query('UPDATE action_card_activation_start_request SET handled_at = $2, outcome = $3 WHERE run_id = $1', [
      request.run_id,
      this.clock.now().toISOString(),
      outcome,
    ]);
  }
}
