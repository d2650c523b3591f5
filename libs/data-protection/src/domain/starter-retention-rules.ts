import { RetentionRule } from './retention.events';

const STARTER = 'Starter value; the service records officer sets the period under the archive and data-protection rules that apply';

/** The rules an installation starts with: one per type of record that holds personal texts. */
export const STARTER_RETENTION_RULES: RetentionRule[] = [
  {
    recordType: 'incident',
    label: 'Incident',
    category: 'incident',
    startsWith: ['incidents.incident-closed.v2', 'incidents.incident-closed.v1'],
    restartsWith: ['incidents.incident-reopened.v1'],
    period: 'P5Y',
    source: STARTER,
  },
  {
    recordType: 'risk-case',
    label: 'Risk case',
    category: 'riskcase',
    startsWith: ['risk-assessments.case-closed.v1'],
    restartsWith: [],
    period: 'P5Y',
    source: STARTER,
  },
  {
    recordType: 'placement',
    label: 'Security-cell placement',
    category: 'coercivemeasure',
    startsWith: ['coercive-measures.placement-ended.v1'],
    restartsWith: [],
    period: 'P10Y',
    source: STARTER,
  },
  {
    recordType: 'crisis-log',
    label: 'Crisis log',
    category: 'crisisactivation',
    startsWith: ['crisis-readiness.activation-stood-down.v1'],
    restartsWith: ['crisis-readiness.activation-reopened.v1'],
    period: 'P5Y',
    source: STARTER,
  },
  {
    recordType: 'action-card-run',
    label: 'Action-card run',
    category: 'actioncardrun',
    startsWith: ['action-cards.run-completed.v1'],
    restartsWith: ['action-cards.run-reopened.v1'],
    period: 'P5Y',
    source: STARTER,
  },
  {
    recordType: 'learning-review',
    label: 'Learning review',
    category: 'review',
    startsWith: ['learning-reviews.review-published.v1'],
    restartsWith: [],
    period: 'P10Y',
    source: STARTER,
  },
];
