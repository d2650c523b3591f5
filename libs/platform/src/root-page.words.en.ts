/**
 * The start page's words in English, which define the keys. Each is a piece of HTML written here (inline markup only);
 * `{name}` is filled with escaped text. Code words (`VIGIL_OIDC_ISSUER`, `/oidc`) and Swagger UI's button names stay as they are.
 */
export const EN_START_PAGE = {
  language: 'Language',
  lead: 'Incidents, action cards, crisis readiness, risk assessments and coercive measures, each change an event that is never changed.',
  'pages.heading': 'Pages',
  'coordinator.link': 'Coordinator',
  'coordinator.text': 'The crisis coordinator’s action-card board: runs, steps, deadlines, live.',
  'crisis.link': 'Crisis board',
  'crisis.text': 'Activations (real or exercise), decision and communication logs, card progress.',
  'audit.link': 'Audit a record (auditors)',
  'audit.text': 'Replay any record with a time slider: what was known, who did what and on what basis, who read it; its case bundle and the latest checkpoint.',
  'accessLog.link': 'Access log (auditors)',
  'accessLog.text': 'Who read which record, through which view, when, and under which roles and unit.',
  'statistics.link': 'Statistics (safety partnership)',
  'statistics.text': 'Violence and threats year on year against the plan’s targets, late registrations, revisions and why, published figures.',
  'learning.link': 'Learning reviews (safety partnership)',
  'learning.text':
    'Reviews of incidents and crises: the timeline, findings and contributing factors, follow-up actions, the catalogue of interventions, and themes over time.',
  'authoring.link': 'Action cards and readiness plans (administrators)',
  'authoring.text': 'Draft, preview, compare, publish and retire cards and plans.',
  'pages.session':
    'The pages ask you to sign in, then show who you are (staff reference, role, unit) at the top, with a button to sign out. Your sign-in lasts the working day; the pages keep it in an HttpOnly cookie that only names a session kept on the server.',
  'signIn.heading': 'Signing in',
  'signIn.organisation':
    'You sign in with your organisation’s account, at the sign-in provider Vigil is set up with (<code>{issuer}</code>). What you see and may do follows from the role and unit it gives you.',
  'signIn.demo':
    'This Vigil runs its own <strong>demo sign-in provider</strong> (under <code>/oidc</code>), because no sign-in provider is configured (<code>VIGIL_OIDC_ISSUER</code>). It has no passwords: you pick one of {count} demo accounts, one per role, such as the coordinator for Syddanmark or the crisis lead. To be someone else, sign out (top of each page) and sign in again. A real installation names its organisation’s provider in <code>VIGIL_OIDC_ISSUER</code>.',
  'api.heading': 'The API',
  'api.intro':
    'Every API request is made by a signed-in person: the pages send their session, other clients an access token from the identity provider (<code>Authorization: Bearer …</code>); without one the answer is 401. Open the API through its documentation:',
  'api.docs.link': 'API docs',
  'api.docs.json': 'OpenAPI JSON',
  'api.docs.text':
    'Press <strong>Authorize</strong>, then <strong>Authorize</strong> under <em>oidc</em> and sign in; then <strong>Try it out</strong> on any operation.',
  'api.incidents.link': 'Incident list',
  'api.incidents.text': '<code>GET /incidents?area=hovedstaden&amp;kind=violence</code>; from a terminal, with the token the API docs show after signing in:',
  'operators.heading': 'For operators',
  'health.link': 'Health',
  'health.text': 'Whether the database and the event store answer.',
  'metrics.link': 'Metrics',
  'metrics.text': 'Prometheus text: request durations, projection lag, database pools.',
};

export type StartPageWordKey = keyof typeof EN_START_PAGE;
