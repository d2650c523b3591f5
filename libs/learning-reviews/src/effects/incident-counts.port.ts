/** Which registered incidents to count, month by month: kinds, a unit (area or institution; neither for all), and months. */
export interface IncidentCountsRequest {
  readonly kinds: readonly string[];
  readonly area?: string;
  readonly institution?: string;
  /** First month, `YYYY-MM`. */
  readonly from: string;
  /** Last month, `YYYY-MM`, included. */
  readonly to: string;
}

/** Incidents registered (and counted now) that occurred in one month. */
export interface MonthCount {
  readonly month: string;
  readonly count: number;
}

/**
 * Monthly counts of registered incidents, as the statistics context gives them by contract: learning reviews never
 * read the statistics tables. The platform provides it over the statistics QueryBus query.
 */
export interface IncidentCounts {
  /** Every month from `from` to `to`, zero where none; counts of incidents as registered and counted now. */
  monthly(request: IncidentCountsRequest): Promise<MonthCount[]>;
}

/** The DI token under which the platform provides `IncidentCounts`. */
export const INCIDENT_COUNTS = 'LearningReviewsIncidentCounts';
