import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { RUN_CHANGED_CHANNEL, RunChange } from '../read-models/runs/runs.projection';

/**
 * One LISTEN connection per process on the runs projection's channel. PostgreSQL delivers a NOTIFY
 * only when the projection's transaction commits, so a watcher that refetches sees the change.
 */
@Injectable()
export class RunChangeFeed implements OnModuleDestroy {
  private readonly logger = new Logger('RunChangeFeed');
  private readonly subject = new Subject<RunChange>();
  private readonly drops = new Subject<void>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Resolves once the LISTEN is in place, so nothing committed after it is missed. */
  listening(): Promise<void> {
    this.connecting ??= this.connect().catch((error) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  get changes(): Observable<RunChange> {
    return this.subject.asObservable();
  }

  /** Fires when the LISTEN connection is lost (the database restarted): changes may have been missed since. */
  get dropped(): Observable<void> {
    return this.drops.asObservable();
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === RUN_CHANGED_CHANNEL && message.payload) this.subject.next(JSON.parse(message.payload) as RunChange);
    });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.logger.warn(`Live feed connection lost (${why}); watchers are closed and reconnect, which listens again`);
      this.client = null;
      this.connecting = null;
      this.drops.next();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection ended'));
    await client.connect();
    await client.query(`LISTEN ${RUN_CHANGED_CHANNEL}`);
    this.client = client;
  }

  async onModuleDestroy(): Promise<void> {
    this.subject.complete();
    const client = this.client;
    this.client = null; // ending it on purpose is not a loss
    await client?.end().catch(() => undefined);
  }
}
