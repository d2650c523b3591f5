import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataProtectionCommandsModule } from '../data-protection-commands.module';
import { RetentionSweep, SweepResult } from './retention-sweep';

const HOUR_MS = 3_600_000;

/** Sweeps for records past their retention period once an hour (and at start), one sweep at a time per process. */
@Injectable()
export class RetentionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepResult | null> | null = null;

  constructor(private readonly sweep: RetentionSweep) {}

  onApplicationBootstrap(): void {
    this.schedule(60_000);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.sweep.sweep().catch((error: unknown) => {
        this.logger.error(`Retention sweep failed and will run again: ${(error as Error).message}`);
        return null;
      });
      void this.running.finally(() => {
        this.running = null;
        if (this.timer) this.schedule(HOUR_MS);
      });
    }, delayMs);
    this.timer.unref();
  }
}

@Module({})
export class RetentionWorkerModule {
  static forRoot(): DynamicModule {
    return { module: RetentionWorkerModule, imports: [DataProtectionCommandsModule], providers: [RetentionSweep, RetentionWorker] };
  }
}
