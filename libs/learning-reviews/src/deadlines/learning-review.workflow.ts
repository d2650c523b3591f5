import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { NextDeadlineScheduler } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { ReviewRequestStarter } from '../policy-reaction/review-request-starter';
import { ReviewDeadlinePoller } from './review-deadline.poller';

export const LEARNING_WORKFLOW_OPTIONS = Symbol('LEARNING_WORKFLOW_OPTIONS');

export interface LearningWorkflowOptions {
  /** Hours a missed deadline may stay open before it is escalated (default 48). */
  readonly graceHours: number;
  /** Longest pause between polls when there was nothing to do (default 1000 ms); the next deadline wakes it sooner. */
  readonly pollIntervalMs: number;
}

/**
 * The durable workflow of learning reviews: records the reviews the policy asked for and the deadlines that passed, each
 * by a command on the bus. All its state is in tables, so a restart simply catches up.
 */
@Injectable()
export class LearningReviewWorkflow implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LearningReviewWorkflow');
  readonly requests: ReviewRequestStarter;
  readonly deadlines: ReviewDeadlinePoller;
  private readonly scheduler: NextDeadlineScheduler;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(LEARNING_WORKFLOW_OPTIONS) options: LearningWorkflowOptions,
  ) {
    this.requests = new ReviewRequestStarter(commands, dataSource, clock);
    this.deadlines = new ReviewDeadlinePoller(commands, runner, dataSource, clock, { graceHours: options.graceHours });
    const work = {
      poll: async () => {
        const required = await this.requests.pollOnce();
        const tick = await this.deadlines.pollOnce();
        if (tick.recorded > 0) this.logger.log(`Recorded ${tick.recorded} overdue or escalated learning-review deadline(s)`);
        return required > 0 || tick.recorded > 0;
      },
      nextDue: (asOf: Date) => this.deadlines.nextDue(asOf),
    };
    // Sleeps until the next deadline (or the poll interval, for the required reviews).
    this.scheduler = new NextDeadlineScheduler(work, { name: 'Learning-review workflow', clock, maxSleepMs: options.pollIntervalMs, logger: this.logger });
  }

  onApplicationBootstrap(): void {
    this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}
