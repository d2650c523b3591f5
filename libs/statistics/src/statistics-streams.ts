import { StreamKind } from '@vigil/command-handling';
import { evolveHistorical, HistoricalIncidentImported, HistoricalState, initialHistorical } from './domain/historical-incident';
import { evolveIndicator, IndicatorEvent, IndicatorState, initialIndicator, STATISTICS_CATEGORY, STATISTICS_NAMESPACE } from './domain/indicator';
import { evolvePlan, initialPlan, TargetPlanEvent, TargetPlanState } from './domain/target-plan';
import { evolvePublication, initialPublication, PublicationEvent, PublicationState } from './domain/year-publication';

/** The statistics context's streams, all of category `statistics`: `statistics-indicator.<key>`, `-plan.<id>`, `-publication.<key>.<year>`, `-import.<legacy id>`. */
export const INDICATOR_STREAM: StreamKind<{ indicator: string }, IndicatorState, IndicatorEvent> = {
  model: { initial: initialIndicator, evolve: evolveIndicator },
  namespace: STATISTICS_NAMESPACE,
  streamOf: (command) => `${STATISTICS_CATEGORY}-indicator.${command.indicator}`,
};

export const TARGET_PLAN_STREAM: StreamKind<{ planId: string }, TargetPlanState, TargetPlanEvent> = {
  model: { initial: initialPlan, evolve: evolvePlan },
  namespace: STATISTICS_NAMESPACE,
  streamOf: (command) => `${STATISTICS_CATEGORY}-plan.${command.planId}`,
};

export const PUBLICATION_STREAM: StreamKind<{ indicator: string; year: number }, PublicationState, PublicationEvent> = {
  model: { initial: initialPublication, evolve: evolvePublication },
  namespace: STATISTICS_NAMESPACE,
  streamOf: (command) => `${STATISTICS_CATEGORY}-publication.${command.indicator}.${command.year}`,
};

export const HISTORICAL_STREAM: StreamKind<{ legacyId: string }, HistoricalState, HistoricalIncidentImported> = {
  model: {
    initial: initialHistorical,
    evolve: evolveHistorical,
  },
  namespace: STATISTICS_NAMESPACE,
  streamOf: (command) => `${STATISTICS_CATEGORY}-import.${command.legacyId}`,
};
