import type { OpenAPIObject, OperationObject, ParameterObject, PathItemObject, ResponsesObject } from '@nestjs/swagger';
import type { RoutePolicies, RoutePolicy } from '@vigil/identity';
import { PROBLEM_SCHEMA } from './problem-schema';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** What each group of operations is for, in the words of the people who use it. */
const TAGS: Record<string, string> = {
  incidents: 'The incident register: violence, threats and harassment against staff and between inmates, reported, corrected and closed.',
  'action-card-templates': 'Action cards: the checklists a crisis coordinator follows, drafted and published as versions.',
  'action-card-runs': 'Action-card runs: one card followed step by step for one incident or crisis, with deadlines.',
  'crisis-plans': 'Readiness plans per scenario, versioned, naming their action cards and roles.',
  'crisis-activations': 'Crisis readiness activated: roles, level, decision and communication logs, stand-down and evaluation.',
  'risk-assessments': 'Risk cases of threatened people: assessments, safety plans and reassessment deadlines.',
  'coercive-measures': 'Security-cell placements, the notes and reviews the rules require, and breaches.',
  'statistics feed': 'Figures fed from the incident register through the integration contracts.',
  health: 'Whether the service and its database answer.',
  'sign-in': 'Who is signed in. The pages sign in through /auth/sign-in; API clients send a bearer access token from the identity provider.',
};
/** The route-policy table's key of an operation: `GET /incidents/:id` for `get` on `/incidents/{id}`. */
const policyKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
const problemRef = { $ref: '#/components/schemas/Problem' };
const problemContent = () => ({ 'application/problem+json': { schema: problemRef } });
const problem = (description: string) => ({ description, content: problemContent() });
const header = (name: string, description: string, pattern: string): ParameterObject => ({
  name,
  in: 'header',
  required: false,
  description,
  schema: { type: 'string', pattern },
});

/** What every command accepts besides its body (the same edge in every context). */
const COMMAND_HEADERS = [
  header('If-Match', 'the ETag you read; a stale one is refused with 409 and the current state', '^(W/)?"?\\d+"?$'),
  header('Idempotency-Key', 'retrying with the same key answers as the first time and records nothing new', '^[A-Za-z0-9._:-]{8,100}$'),
  header('X-Correlation-Id', 'carried into every event the command records', '^[A-Za-z0-9._:-]{8,100}$'),
];

/** The reader's language (libs/i18n): problems, verdicts and timelines are worded in it. */
const ACCEPT_LANGUAGE: ParameterObject = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description:
    'The language of every text a person reads in the answer: da (Danish), nb (Norwegian Bokmål; no and nn read as nb) or en (English, also for anything else and without the header). Weights are honoured, e.g. "da, en;q=0.5".',
  schema: { type: 'string', example: 'da' },
};
const CONTENT_LANGUAGE = {
  description: 'The language the answer is worded in: da, nb or en (with Vary: Accept-Language)',
  schema: { type: 'string', enum: ['da', 'nb', 'en'] },
};

/**
 * Fills in what every operation shares so generated clients see the whole contract: the problem
 * schema on each 4xx and 5xx, the command headers and ETag, servers and tags.
 */
export function completeDocument(document: OpenAPIObject, policies: RoutePolicies = {}): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  document.servers = [{ url: '/', description: 'this Vigil' }];
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths) as [string, PathItemObject][]) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      operation.tags?.forEach((tag) => tags.add(tag));
      const isCommand = method !== 'get';
      if (!operation.parameters?.some((p) => 'name' in p && p.name === ACCEPT_LANGUAGE.name))
        operation.parameters = [...(operation.parameters ?? []), ACCEPT_LANGUAGE];
      if (isCommand)
        operation.parameters = [
          ...(operation.parameters ?? []),
          ...COMMAND_HEADERS.filter((h) => !operation.parameters?.some((p) => 'name' in p && p.name === h.name)),
        ];
      const policy: RoutePolicy | undefined = policies[policyKey(method, path)];
      const open = policy?.kind === 'public';
      operation.responses = withProblems(operation.responses, isCommand, path.includes('{'), open);
      if (policy?.kind === 'roles') {
        const roles = policy.roles.join(', ');
        operation.responses['403'] ??= problem(`Signed in, but without one of the roles this needs (${roles})`);
        operation.description = `${operation.description ? `${operation.description}\n\n` : ''}**Who may:** ${roles}.`;
      }
      if (isCommand) addETag(operation.responses);
      addContentLanguage(operation.responses);
      if (open) operation.security = [];
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: TAGS[name] ?? name }));
  document.info.license = { name: 'Proprietary: for the prison and probation services only' };
  return document;
}

function withProblems(responses: ResponsesObject, isCommand: boolean, hasId: boolean, open: boolean): ResponsesObject {
  const problems: ResponsesObject = {
    '400': problem('The request is not valid: each offending field is named'),
    ...(open ? {} : { '401': problem('Not signed in: no access token or session, or one that has expired or is not for Vigil') }),
    ...(hasId ? { '404': problem('No such record') } : {}),
    ...(isCommand ? { '409': problem('The record changed since you read it, or the rules refuse this now; carries the current state') } : {}),
    ...(isCommand
      ? { '413': problem('The body is too large'), '415': problem('The body is not JSON'), '422': problem('The change repeats what is recorded') }
      : {}),
    '500': problem('The server failed; it has been logged'),
    '503': problem('The database is unreachable; try again after Retry-After seconds'),
  };
  // An error an operation documents itself (its own description) still leaves as a problem document.
  for (const [status, response] of Object.entries(responses)) {
    if (/^[45]/.test(status) && response && !('$ref' in response) && !response.content) response.content = problemContent();
  }
  return { ...problems, ...responses };
}

/** Every answer, success or problem, says which language it is worded in. */
function addContentLanguage(responses: ResponsesObject): void {
  for (const response of Object.values(responses)) {
    if (!response || '$ref' in response) continue;
    response.headers = { ...response.headers, 'Content-Language': CONTENT_LANGUAGE };
  }
}

function addETag(responses: ResponsesObject): void {
  for (const [status, response] of Object.entries(responses)) {
    if (!response || !status.startsWith('2') || '$ref' in response) continue;
    response.headers = {
      ...response.headers,
      ETag: { description: 'the revision of the record after the command', schema: { type: 'string', example: '"3"' } },
    };
  }
}
