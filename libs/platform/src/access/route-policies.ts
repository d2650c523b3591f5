import { open, only, Role, RoutePolicies } from '@vigil/identity';
import { WEB_SIGN_IN_ROUTE_POLICIES } from '@vigil/web-sign-in';

// Who does what, from the role table; scope within a person's unit is each read's to apply.
const REPORTERS: Role[] = ['staff', 'coordinator', 'crisis-staff', 'crisis-lead', 'risk-assessor', 'placement-officer', 'institution-manager'];
const CRISIS: Role[] = ['crisis-staff', 'crisis-lead'];
const RUNNERS: Role[] = ['coordinator', ...CRISIS];
const RUN_READERS: Role[] = [...RUNNERS, 'institution-manager', 'auditor'];
const INCIDENT_EDITORS: Role[] = ['coordinator', 'institution-manager'];
const INCIDENT_READERS: Role[] = [...REPORTERS, 'auditor'];
const PLACEMENT: Role[] = ['placement-officer', 'institution-manager'];
const FIGURES: Role[] = ['safety-partnership', 'auditor'];

const page = open('a page or its assets: the data it shows comes from the API, under sign-in');

/** The one table of who may use which route (`METHOD /path` as Express matches it); the route-policies test keeps it complete. */
export const VIGIL_ROUTE_POLICIES: RoutePolicies = {
  'GET /': open('the start page: links to the pages, the API docs and how to sign in'),
  'GET /health': open('health checks for the platform; no data'),
  'GET /health/live': open('liveness probe; no data'),
  'GET /health/ready': open('readiness probe; no data'),
  'GET /metrics': open('Prometheus scrapes it: counts and lags, never personal data (keep it on the internal network)'),
  'GET /coordinator': page,
  'GET /coordinator/runs/:runId': page,
  'GET /coordinator/assets/coordinator.css': page,
  'GET /coordinator/assets/coordinator.js': page,
  'GET /crisis': page,
  'GET /crisis/activations/:activationId': page,
  'GET /crisis/assets/crisis.css': page,
  'GET /crisis/assets/crisis.js': page,
  'GET /audit/access-log': page,
  'GET /audit/assets/audit.css': page,
  'GET /audit/assets/audit.js': page,

  'GET /access-log': only('auditor'),

  'POST /incidents': only(...REPORTERS),
  'GET /incidents': only(...INCIDENT_READERS),
  'GET /incidents/:id': only(...INCIDENT_READERS),
  'GET /incidents/:id/history': only(...INCIDENT_READERS),
  'GET /incidents/:id/known-at': only(...INCIDENT_READERS),
  'POST /incidents/:id/corrections': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/reclassification': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/police-reports': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/duplicate-marking': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/not-reportable-marking': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/closure': only(...INCIDENT_EDITORS),
  'POST /incidents/:id/reopening': only(...INCIDENT_EDITORS),
  'GET /statistics-feed/incidents/monthly': only(...FIGURES),

  'GET /action-card-templates': only(...RUN_READERS, 'administrator'),
  'GET /action-card-templates/:templateId': only(...RUN_READERS, 'administrator'),
  'GET /action-card-templates/:templateId/versions/:version': only(...RUN_READERS, 'administrator'),
  'PUT /action-card-templates/:templateId/draft': only('administrator'),
  'POST /action-card-templates': only('administrator'),
  'POST /action-card-templates/:templateId/publication': only('administrator'),
  'POST /action-card-templates/:templateId/retirement': only('administrator'),
  'GET /action-card-start-policy': only(...RUN_READERS, 'administrator'),
  'POST /action-card-runs': only(...RUNNERS),
  'GET /action-card-runs/:runId': only(...RUN_READERS),
  'GET /action-card-runs/:runId/live': only(...RUN_READERS),
  'POST /action-card-runs/:runId/steps/:stepId/assignment': only(...RUNNERS),
  'POST /action-card-runs/:runId/steps/:stepId/completion': only(...RUNNERS),
  'POST /action-card-runs/:runId/steps/:stepId/reopening': only(...RUNNERS),
  'POST /action-card-runs/:runId/steps/:stepId/skipping': only(...RUNNERS),
  'GET /action-card-board': only(...RUN_READERS),
  'GET /action-card-board/live': only(...RUN_READERS),
  'GET /action-card-figures': only(...RUN_READERS, 'safety-partnership'),
  'GET /action-card-replays/:activationId': only(...RUN_READERS),

  'GET /crisis-plans': only(...RUN_READERS, 'administrator'),
  'GET /crisis-plans/:planId': only(...RUN_READERS, 'administrator'),
  'GET /crisis-plans/:planId/versions/:version': only(...RUN_READERS, 'administrator'),
  'PUT /crisis-plans/:planId/draft': only('administrator'),
  'POST /crisis-plans': only('administrator'),
  'POST /crisis-plans/:planId/publication': only('administrator'),
  'POST /crisis-plans/:planId/retirement': only('administrator'),
  'POST /crisis-plans/:planId/revision-confirmations': only('administrator'),
  'POST /crisis-activations': only('crisis-lead'),
  'GET /crisis-activations': only(...RUN_READERS),
  'GET /crisis-activations/:activationId': only(...RUN_READERS),
  'GET /crisis-activations/:activationId/timeline': only(...RUN_READERS),
  'PUT /crisis-activations/:activationId/roles/:role': only(...CRISIS),
  'POST /crisis-activations/:activationId/decisions': only(...CRISIS),
  'POST /crisis-activations/:activationId/communications': only(...CRISIS),
  'POST /crisis-activations/:activationId/level': only('crisis-lead'),
  'POST /crisis-activations/:activationId/stand-down': only('crisis-lead'),
  'POST /crisis-activations/:activationId/reopening': only('crisis-lead'),
  'POST /crisis-activations/:activationId/evaluation': only('crisis-lead'),
  'GET /crisis-board': only(...RUN_READERS),
  'GET /crisis-board/live': only(...RUN_READERS),

  'POST /risk-cases': only('risk-assessor'),
  'GET /risk-cases/:id': only('risk-assessor', 'auditor'),
  'GET /risk-cases/:id/assessments': only('risk-assessor', 'auditor'),
  'GET /risk-cases/:id/timeline': only('risk-assessor', 'auditor'),
  'POST /risk-cases/:id/assessments': only('risk-assessor'),
  'POST /risk-cases/:id/safety-plans': only('risk-assessor'),
  'POST /risk-cases/:id/measures/:measureId/state-changes': only('risk-assessor'),
  'POST /risk-cases/:id/situation-changes': only('risk-assessor'),
  'POST /risk-cases/:id/closure': only('risk-assessor'),
  'GET /reassessments': only('risk-assessor', 'auditor'),
  'GET /risk-assessors/:ref/certifications': only('administrator', 'risk-assessor', 'auditor'),
  'POST /risk-assessors/:ref/certifications': only('administrator'),
  'POST /risk-assessors/:ref/certification-expiries': only('administrator'),

  'POST /coercive-measures/placements': only(...PLACEMENT),
  'GET /coercive-measures/placements': only(...PLACEMENT, 'auditor'),
  'GET /coercive-measures/placements/:id': only(...PLACEMENT, 'auditor'),
  'GET /coercive-measures/placements/:id/timeline': only(...PLACEMENT, 'auditor'),
  'POST /coercive-measures/placements/:id/notes': only(...PLACEMENT),
  'POST /coercive-measures/placements/:id/doctor-call': only(...PLACEMENT),
  'POST /coercive-measures/placements/:id/doctor-arrival': only(...PLACEMENT),
  'POST /coercive-measures/placements/:id/end': only(...PLACEMENT),
  'POST /coercive-measures/placements/:id/follow-up-conversation': only(...PLACEMENT),
  'POST /coercive-measures/placements/:id/management-review': only('institution-manager'),
  'POST /coercive-measures/placements/:id/legal-review': only('institution-manager'),
  'GET /coercive-measures/breaches': only(...PLACEMENT, 'auditor'),
  'GET /coercive-measures/rule-sets': only(...PLACEMENT, 'administrator', 'auditor'),
  'POST /coercive-measures/rule-sets': only('administrator'),

  ...WEB_SIGN_IN_ROUTE_POLICIES,
};
