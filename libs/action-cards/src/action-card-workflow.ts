import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { ActivationRunStarter } from './crisis-activation-start/activation-run-starter';
import { DeadlinePoller } from './deadlines/deadline-poller';
import { IncidentRunStarter } from './incident-start-policy/incident-run-starter';

export const ACTION_CARD_WORKFLOW_OPTIONS = Symbol('ACTION_CARD_WORKFLOW_OPTIONS');

export interface ActionCardWorkflowOptions {
  /** Minutes an overdue step may stay open before it escalates (default 60). */
  readonly graceMinutes: number;
  /** Pause between polls when there was nothing to do (default 500 ms). */
  readonly pollIntervalMs: number;
}

/**
 * The durable workflow of the action cards: starts runs the start policy and crisis activations asked for and records
 * passed deadlines, each by a command on the bus. All its state is in tables, so a restart simply catches up.
 */
@Injectable()
export class ActionCardWorkflow implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ActionCardWorkflow');
  readonly deadlines: DeadlinePoller;
  readonly starter: IncidentRunStarter;
  readonly activationStarter: ActivationRunStarter;
  private stopped = false;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(ACTION_CARD_WORKFLOW_OPTIONS) private readonly options: ActionCardWorkflowOptions,
  ) {
    this.deadlines = new DeadlinePoller(commands, runner, dataSource, clock, { graceMinutes: options.graceMinutes });
    this.starter = new IncidentRunStarter(commands, dataSource, clock);
    this.activationStarter = new ActivationRunStarter(commands, dataSource, clock);
  }

  onApplicationBootstrap(): void {
    this.running = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let busy = false;
      try {
        const started = (await this.starter.pollOnce()) + (await this.activationStarter.pollOnce());
        const tick = await this.deadlines.pollOnce();
        busy = started > 0 || tick.rows > 0;
      } catch (error) {
        if (!this.stopped) this.logger.error(`Action-card workflow failed a poll and retries: ${(error as Error).message}`);
      }
      if (!busy && !this.stopped)
        await new Promise<void>((resolve) => ((this.wake = resolve), (this.timer = setTimeout(resolve, this.options.pollIntervalMs))));
    }
  }
}
