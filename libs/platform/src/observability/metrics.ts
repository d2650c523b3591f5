import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, EventStore, innermostStore, PostgresEventStore } from '@vigil/event-store';
import { FeedStatus, feedStatuses } from '@vigil/projections';
import type { NextFunction, Request, Response } from 'express';
import { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ALL_PROJECTIONS, ALL_PUBLICATIONS, CONTEXTS } from '../contexts';

/** Everything Vigil tells Prometheus: requests, projection and relay lag, each context's gauges, the database pools. */
@Injectable()
export class VigilMetrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'vigil_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly consumers = new Map<string, () => number>();
  private readonly consumerLag = new Gauge({
    name: 'vigil_consumer_lag_messages',
    help: 'Contracts on the broker a consumer in this process has not applied yet (as of its last fetch); absent without Kafka',
    labelNames: ['consumer'],
    registers: [this.registry],
    collect: () => {
      for (const [consumer, lag] of this.consumers) this.consumerLag.set({ consumer }, lag());
    },
  });

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'vigil_' });
    this.projectionGauges();
    this.poolGauges();
    for (const gauge of CONTEXTS.flatMap((context) => context.gauges ?? [])) this.sqlGauge(gauge.name, gauge.help, gauge.sql, gauge.labels ?? []);
  }

  /** Express middleware: times every request under its route pattern (ids never become labels). */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const stop = this.requests.startTimer();
    response.once('finish', () => {
      const route = request.route?.path ? `${request.baseUrl}${request.route.path}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };

  /** A Kafka consumer in this process: its lag in messages, read at each scrape. */
  watchConsumer(name: string, lag: () => number): void {
    this.consumers.set(name, lag);
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  private projectionGauges(): void {
    const rows = () => this.lagRows();
    let cached: Promise<FeedStatus[]> | null = null;
    // One query per scrape for both gauges.
    const read = () => (cached ??= rows().finally(() => setTimeout(() => (cached = null), 100)));
    new Gauge({
      name: 'vigil_projection_lag_events',
      help: 'Readable events each projection (and relay) has not applied yet',
      labelNames: ['projection'],
      registers: [this.registry],
      collect: async function () {
        for (const row of await read()) this.set({ projection: row.name }, row.behind);
      },
    });
    new Gauge({
      name: 'vigil_projection_lag_seconds',
      help: 'Age of the oldest readable event each projection (and relay) has not applied yet; 0 when caught up',
      labelNames: ['projection'],
      registers: [this.registry],
      collect: async function () {
        for (const row of await read()) this.set({ projection: row.name }, row.oldestSeconds);
      },
    });
  }

  /** Every projection, reaction feed and relay of this build, each counted in its own categories. */
  private lagRows(): Promise<FeedStatus[]> {
    return feedStatuses(this.dataSource, [...ALL_PROJECTIONS, ...ALL_PUBLICATIONS]);
  }

  private poolGauges(): void {
    const store = (): PostgresEventStore | undefined =>
      innermostStore(this.store) instanceof PostgresEventStore ? (innermostStore(this.store) as PostgresEventStore) : undefined;
    const pools = (): [string, Pool | undefined][] => [
      ['event-store', store()?.pool],
      ['event-store-log', store()?.logPool],
      ['read-models', readModelPool(this.dataSource)],
    ];
    new Gauge({
      name: 'vigil_db_pool_connections',
      help: 'Database pool connections by pool and state (total, idle, waiting requests)',
      labelNames: ['pool', 'state'],
      registers: [this.registry],
      collect() {
        for (const [name, pool] of pools()) {
          if (!pool) continue;
          this.set({ pool: name, state: 'total' }, pool.totalCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }

  private sqlGauge(name: string, help: string, sql: string, labels: readonly string[]): void {
    const dataSource = this.dataSource;
    new Gauge({
      name,
      help,
      labelNames: [...labels],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of (await dataSource.query(sql)) as Record<string, unknown>[]) {
          this.set(Object.fromEntries(labels.map((label) => [label, String(row[label])])), Number(row.value));
        }
      },
    });
  }
}

/** TypeORM's postgres driver keeps its pg Pool as `master`; it does not type it. */
function readModelPool(dataSource: DataSource): Pool | undefined {
  const master: unknown = Reflect.get(dataSource.driver, 'master');
  return master instanceof Pool ? master : undefined;
}
