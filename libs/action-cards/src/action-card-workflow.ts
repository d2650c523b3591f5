import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { listenConnectionOf, NextDeadlineScheduler } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { ActivationRunStarter } from './crisis-activation-start/activation-run-starter';
import { DeadlinePoller } from './deadlines/deadline-poller';
import { ACTION_CARD_DEADLINES_CHANNEL } from './deadlines/deadlines.projection';
import { IncidentRunStarter } from './incident-start-policy/incident-run-starter';

export const ACTION_CARD_WORKFLOW_OPTIONS = Symbol('ACTION_CARD_WORKFLOW_OPTIONS');

export interface ActionCardWorkflowOptions {
  /** Minutes an overdue step may stay open before it escalates (default 60). */
  readonly graceMinutes: number;
  /** Longest pause between polls when there was nothing to do (default 500 ms); passed deadlines wake it sooner. */
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
  private readonly scheduler: NextDeadlineScheduler;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(ACTION_CARD_WORKFLOW_OPTIONS) options: ActionCardWorkflowOptions,
  ) {
    this.deadlines = new DeadlinePoller(commands, runner, dataSource, clock, { graceMinutes: options.graceMinutes });
    this.starter = new IncidentRunStarter(commands, dataSource, clock);
    this.activationStarter = new ActivationRunStarter(commands, dataSource, clock);
    const work = {
      // Deadlines first: a pass the deadline woke records the step before it looks for runs to start.
      poll: async () => {
        const tick = await this.deadlines.pollOnce();
        const started = (await this.starter.pollOnce()) + (await this.activationStarter.pollOnce());
        return started > 0 || tick.rows > 0;
      },
      nextDue: (asOf: Date) => this.deadlines.nextDue(asOf),
    };
    // Sleeps until the next step deadline (at most the poll interval, for the starters); a new deadline row's NOTIFY makes it look again.
    this.scheduler = new NextDeadlineScheduler(work, {
      name: 'Action-card workflow',
      clock,
      maxSleepMs: options.pollIntervalMs,
      clockCheckMs: 5,
      listen: { channel: ACTION_CARD_DEADLINES_CHANNEL, connection: listenConnectionOf(dataSource) },
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}
