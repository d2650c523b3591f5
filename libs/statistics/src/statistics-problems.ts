import { domainProblems } from '@vigil/http-commands';
import { StatisticsDomainError, StatisticsErrorCode } from './domain/statistics.errors';

const STATUS: Record<StatisticsErrorCode, number> = {
  'invalid-value': 400,
  'no-change': 422,
  'unknown-indicator': 404,
  'unknown-version': 404,
  'already-published': 409,
  'year-not-ended': 422,
  'vintage-not-later': 409,
  'unknown-goal': 404,
  'already-imported-differently': 409,
};

/** The statistics context's refusals as HTTP problems, each naming its field where it has one. */
export const statisticsProblems = domainProblems(StatisticsDomainError, STATUS);
