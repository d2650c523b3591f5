import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore } from '@vigil/event-store';
import { DataSource } from 'typeorm';
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

  constructor(@Inject(EVENT_STORE) store: EventStore, dataSource: DataSource, @Inject(CLOCK) clock: Clock, @Inject(DEADLINE_OPTIONS) private readonly options: DeadlineWorkerOptions) {
    this.poller = new ReassessmentDeadlinePoller(store, dataSource, clock, options);
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

@Module({})
export class ReassessmentDeadlineWorkerModule {
  static forRoot(options: DeadlineWorkerOptions = {}): DynamicModule {
    return { module: ReassessmentDeadlineWorkerModule, providers: [{ provide: DEADLINE_OPTIONS, useValue: options }, ReassessmentDeadlineWorker], exports: [ReassessmentDeadlineWorker] };
  }
}
