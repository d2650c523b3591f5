import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { VigilMetrics } from './metrics';

/** /metrics in Prometheus format, and the timing of every request. */
// Global: the Kafka feed in the all-in-one process reports its consumer's lag here.
@Global()
@Module({ controllers: [MetricsController], providers: [VigilMetrics], exports: [VigilMetrics] })
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: VigilMetrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.metrics.middleware).forRoutes('*');
  }
}
