import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { VigilMetrics } from './metrics';

/** /metrics in Prometheus format, and the timing of every request. */
@Module({ controllers: [MetricsController], providers: [VigilMetrics] })
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: VigilMetrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.metrics.middleware).forRoutes('*');
  }
}
