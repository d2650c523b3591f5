import { Controller, Get, HttpException, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { problem } from '@vigil/http-problems';
import { pingEventStore } from './health.indicators';
import { HealthDto, HealthIndicatorStateDto } from './health-responses.dto';

/** A dependency that does not answer within this is down (a busy machine answers a ping well within it). */
const PING_TIMEOUT_MS = 3_000;

const NOT_READY = {
  description: 'Not ready (problem `not-ready`): `down` names the dependencies that do not answer, `checks` holds each one’s state',
} as const;

/**
 * Liveness apart from readiness: `/health/live` answers while the process runs (restart it only when this
 * fails), `/health/ready` while its database does (take it out of the load balancer while this fails), and
 * names each dependency. `/health` is readiness, as it always was.
 */
@ApiTags('health')
@ApiExtraModels(HealthIndicatorStateDto)
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness (the same as /health/ready)' })
  @ApiOkResponse({ type: HealthDto, description: 'The database and the event store answer' })
  @ApiServiceUnavailableResponse(NOT_READY)
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  @Get('live')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness: the process is up and its event loop turns; never asks the database' })
  @ApiOkResponse({ type: HealthDto, description: 'The process answers (`process` with its uptime)' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: each dependency apart (read-model database, event store); 503 naming those down' })
  @ApiOkResponse({ type: HealthDto, description: 'The database and the event store answer' })
  @ApiServiceUnavailableResponse(NOT_READY)
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS }),
        () => pingEventStore(this.indicators, this.store, PING_TIMEOUT_MS),
      ]);
    } catch (error) {
      throw notReady(error);
    }
  }
}

/** Terminus's 503 as a problem document that still carries each dependency's state. */
function notReady(error: unknown): unknown {
  if (!(error instanceof HttpException) || error.getStatus() !== 503) return error;
  const result = error.getResponse() as Partial<HealthCheckResult>;
  const down = Object.keys(result.error ?? {});
  return new ServiceUnavailableException(
    problem(503, 'not-ready', 'Not ready: a dependency does not answer', down.length ? `Down: ${down.join(', ')}` : 'The service is shutting down', {
      down,
      checks: result.details ?? {},
    }),
  );
}
