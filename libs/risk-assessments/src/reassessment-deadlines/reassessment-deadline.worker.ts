import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { NextDeadlineScheduler } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { RiskAssessmentsCommandsModule } from '../risk-assessments-commands.module';
import { DeadlinePollerOptions, PollResult, ReassessmentDeadlinePoller } from './reassessment-deadline.poller';

export const DEADLINE_OPTIONS = Symbol('DEADLINE_OPTIONS');

export interface DeadlineWorkerOptions extends DeadlinePollerOptions {
  /** Longest pause between polls (default 1000 ms); the next due reassessment wakes it sooner. */
  readonly intervalMs?: number;
}

/** Records due reassessments at their due time for as long as the app lives; one poll at a time per process. */
@Injectable()
export class ReassessmentDeadlineWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReassessmentDeadlines');
  private readonly poller: ReassessmentDeadlinePoller;
  private readonly scheduler: NextDeadlineScheduler;
  private running: Promise<PollResult> | null = null;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(DEADLINE_OPTIONS) options: DeadlineWorkerOptions,
  ) {
    this.poller = new ReassessmentDeadlinePoller(commands, runner, dataSource, clock, options);
    const work = {
      poll: async () => {
        const result = await this.pollOnce();
        return result.overdue + result.escalated > 0;
      },
      nextDue: (asOf: Date) => this.poller.nextDue(asOf),
    };
    this.scheduler = new NextDeadlineScheduler(work, { name: 'Reassessment deadlines', clock, maxSleepMs: options.intervalMs ?? 1000, logger: this.logger });
  }

  onApplicationBootstrap(): void {
    this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
    await this.running?.catch(() => undefined); // a pollNow still under way; its caller hears how it ended
  }

  /** Runs a poll now (or joins the one running); null when it failed (the worker retries on its own). */
  pollNow(): Promise<PollResult | null> {
    return this.pollOnce().catch((error: unknown) => {
      this.logger.error(`Reassessment deadline poll failed and will retry: ${(error as Error).message}`);
      return null;
    });
  }

  /** One poll at a time per process: the worker's and pollNow's share it. */
  private pollOnce(): Promise<PollResult> {
    this.running ??= this.poller
      .pollOnce()
      .then((result) => {
        if (result.overdue + result.escalated > 0) this.logger.log(`Recorded ${result.overdue} overdue and ${result.escalated} escalated reassessment(s)`);
        return result;
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}

/** The deadline worker, with the context's command handlers it dispatches to (the CommandBus itself is global). */
@Module({})
export class ReassessmentDeadlineWorkerModule {
  static forRoot(options: DeadlineWorkerOptions = {}): DynamicModule {
    return {
      module: ReassessmentDeadlineWorkerModule,
      imports: [RiskAssessmentsCommandsModule],
      providers: [{ provide: DEADLINE_OPTIONS, useValue: options }, ReassessmentDeadlineWorker],
      exports: [ReassessmentDeadlineWorker],
    };
  }
}
