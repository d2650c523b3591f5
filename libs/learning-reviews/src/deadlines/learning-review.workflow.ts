import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { ReviewRequestStarter } from '../policy-reaction/review-request-starter';
import { ReviewDeadlinePoller } from './review-deadline.poller';

export const LEARNING_WORKFLOW_OPTIONS = Symbol('LEARNING_WORKFLOW_OPTIONS');

export interface LearningWorkflowOptions {
  /** Hours a missed deadline may stay open before it is escalated (default 48). */
  readonly graceHours: number;
  /** Pause between polls when there was nothing to do (default 1000 ms). */
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
  private stopped = false;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(LEARNING_WORKFLOW_OPTIONS) private readonly options: LearningWorkflowOptions,
  ) {
    this.requests = new ReviewRequestStarter(commands, dataSource, clock);
    this.deadlines = new ReviewDeadlinePoller(commands, runner, dataSource, clock, { graceHours: options.graceHours });
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
        const required = await this.requests.pollOnce();
        const tick = await this.deadlines.pollOnce();
        if (tick.recorded > 0) this.logger.log(`Recorded ${tick.recorded} overdue or escalated learning-review deadline(s)`);
        busy = required > 0 || tick.recorded > 0;
      } catch (error) {
        if (!this.stopped) this.logger.error(`Learning-review workflow failed a poll and retries: ${(error as Error).message}`);
      }
      if (!busy && !this.stopped)
        await new Promise<void>((resolve) => ((this.wake = resolve), (this.timer = setTimeout(resolve, this.options.pollIntervalMs))));
    }
  }
}
