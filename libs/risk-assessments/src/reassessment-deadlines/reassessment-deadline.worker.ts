import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { RiskAssessmentsCommandsModule } from '../risk-assessments-commands.module';
import { DeadlinePollerOptions, PollResult, ReassessmentDeadlinePoller } from './reassessment-deadline.poller';

export const DEADLINE_OPTIONS = Symbol('DEADLINE_OPTIONS');

export interface DeadlineWorkerOptions extends DeadlinePollerOptions {
  readonly intervalMs?: number;
}

/** Polls for due reassessments for as long as the app lives; one poll at a time per process. */
@Injectable()
export class ReassessmentDeadlineWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReassessmentDeadlines');
  private readonly poller: ReassessmentDeadlinePoller;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult | null> | null = null;
  private stopped = false;

  constructor(
    commands: CommandBus,
    runner: CommandRunner,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(DEADLINE_OPTIONS) private readonly options: DeadlineWorkerOptions,
  ) {
    this.poller = new ReassessmentDeadlinePoller(commands, runner, dataSource, clock, options);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a poll now (or joins the one running). */
  pollNow(): Promise<PollResult | null> {
    this.running ??= this.poller
      .pollOnce()
      .then((result) => {
        if (result.overdue + result.escalated > 0) this.logger.log(`Recorded ${result.overdue} overdue and ${result.escalated} escalated reassessment(s)`);
        return result;
      })
      .catch((error: unknown) => {
        this.logger.error(`Reassessment deadline poll failed and will retry: ${(error as Error).message}`);
        return null;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.pollNow().then(() => this.schedule()), this.options.intervalMs ?? 1000);
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
