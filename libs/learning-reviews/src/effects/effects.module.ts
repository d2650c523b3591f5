import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { EffectController } from './effect.controller';
import { EFFECT_QUERY_HANDLERS } from './effect.queries';

/** An intervention's effect over time at a unit; `INCIDENT_COUNTS` comes from the composition root, over the statistics' query. */
@Module({ controllers: [EffectController], providers: [...EFFECT_QUERY_HANDLERS, AccessLog] })
export class LearningEffectsModule {}
