import { createHash } from 'node:crypto';
import { Controller, Get, Header, Inject, Optional, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { DEMO_ACCOUNTS, SIGN_IN_SETTINGS, SignInSettings } from '@vigil/web-sign-in';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:0}p.lead{margin-top:.25rem;color:#555}dt{font-weight:600;margin-top:.75rem}dd{margin-left:0}
code{background:#f2f2f2;padding:0 .25em;border-radius:3px}pre{background:#f2f2f2;padding:.75rem;overflow-x:auto}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page holds no data and runs no script: a policy that allows its one style block and nothing else. */
const ROOT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** How people sign in here: the demo provider `npm start` runs, or the organisation's own. */
function signInSection(settings: SignInSettings | null): string {
  if (settings && !settings.inProcess) {
    return `<p>You sign in with your organisation's account, at the sign-in provider Vigil is set up with
(<code>${escapeHtml(settings.issuer)}</code>). What you see and may do follows from the role and unit it gives you.</p>`;
  }
  return `<p>This Vigil runs its own <strong>demo sign-in provider</strong> (under <code>/oidc</code>), because no sign-in
provider is configured (<code>VIGIL_OIDC_ISSUER</code>). It has no passwords: you pick one of ${DEMO_ACCOUNTS.length} demo accounts, one per role,
such as the coordinator for Syddanmark or the crisis lead. To be someone else, sign out (top of each page) and sign in again.
A real installation names its organisation's provider in <code>VIGIL_OIDC_ISSUER</code>.</p>`;
}

/** The page, with the address it was asked for in the example command. */
export const rootPage = (origin: string, settings: SignInSettings | null = null): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vigil</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Vigil</h1>
<p class="lead">Incidents, action cards, crisis readiness, risk assessments and coercive measures, each change an event that is never changed.</p>
<h2>Pages</h2>
<dl>
<dt><a href="/coordinator">Coordinator</a></dt>
<dd>The crisis coordinator's action-card board: runs, steps, deadlines, live.</dd>
<dt><a href="/crisis">Crisis board</a></dt>
<dd>Activations (real or exercise), decision and communication logs, card progress.</dd>
<dt><a href="/audit">Audit a record (auditors)</a></dt>
<dd>Replay any record with a time slider: what was known, who did what and on what basis, who read it; its case bundle and the latest checkpoint.</dd>
<dt><a href="/audit/access-log">Access log (auditors)</a></dt>
<dd>Who read which record, through which view, when, and under which roles and unit.</dd>
<dt><a href="/statistics">Statistics (safety partnership)</a></dt>
<dd>Violence and threats year on year against the plan's targets, late registrations, revisions and why, published figures.</dd>
<dt><a href="/learning">Learning reviews (safety partnership)</a></dt>
<dd>Reviews of incidents and crises: the timeline, findings and contributing factors, follow-up actions, the catalogue of interventions, and themes over time.</dd>
</dl>
<p>The pages ask you to sign in, then show who you are (staff reference, role, unit) at the top, with a button to sign out.
Your sign-in lasts the working day; the pages keep it in an HttpOnly cookie that only names a session kept on the server.</p>
<h2>Signing in</h2>
${signInSection(settings)}
<h2>The API</h2>
<p>Every API request is made by a signed-in person: the pages send their session, other clients an access token from the
identity provider (<code>Authorization: Bearer …</code>); without one the answer is 401. Open the API through its documentation:</p>
<dl>
<dt><a href="/api/docs">API docs</a> (<a href="/api/docs-json">OpenAPI JSON</a>)</dt>
<dd>Press <strong>Authorize</strong>, then <strong>Authorize</strong> under <em>oidc</em> and sign in; then <strong>Try it out</strong> on any operation.</dd>
<dt><a href="/api/docs#/incidents/IncidentQueriesController_list">Incident list</a></dt>
<dd><code>GET /incidents?area=hovedstaden&amp;kind=violence</code>; from a terminal, with the token the API docs show after signing in:</dd>
</dl>
<pre>curl -H "Authorization: Bearer $TOKEN" '${escapeHtml(origin)}/incidents?area=hovedstaden'</pre>
<h2>For operators</h2>
<dl>
<dt><a href="/health">Health</a></dt>
<dd>Whether the database and the event store answer.</dd>
<dt><a href="/metrics">Metrics</a></dt>
<dd>Prometheus text: request durations, projection lag, database pools.</dd>
</dl>
</body>
</html>
`;

/** `/`: what there is to open, instead of a 404. */
@ApiExcludeController()
@Controller()
export class RootPageController {
  constructor(@Optional() @Inject(SIGN_IN_SETTINGS) private readonly settings?: SignInSettings) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', ROOT_CSP)
  @Header('Cache-Control', 'no-cache')
  page(@Req() request: Request): string {
    return rootPage(`${request.protocol}://${request.get('host') ?? '127.0.0.1'}`, this.settings ?? null);
  }
}
