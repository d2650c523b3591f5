import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** One dependency (or the process itself) as a health check saw it. */
export class HealthIndicatorStateDto {
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiPropertyOptional({ description: 'why it is down, or how it was checked', example: 'no answer within 3000 ms' }) message?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: '`process` only: seconds since it started' }) uptimeSeconds?: number;
}

/** Each checked dependency by name: `database` and `event-store` for readiness, `process` for liveness. */
const BY_NAME = (description: string) => ({
  type: 'object' as const,
  description,
  additionalProperties: { $ref: getSchemaPath(HealthIndicatorStateDto) },
  example: { database: { status: 'up' }, 'event-store': { status: 'up' } },
});

/** What a passing health check answers (terminus's result). */
export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: string;
  @ApiProperty(BY_NAME('the dependencies that are up')) info: Record<string, HealthIndicatorStateDto>;
  @ApiProperty({ ...BY_NAME('the dependencies that are down: none when the check passes'), example: {} }) error: Record<string, HealthIndicatorStateDto>;
  @ApiProperty(BY_NAME('every dependency checked')) details: Record<string, HealthIndicatorStateDto>;
}
