import { createHash } from 'node:crypto';
import { Controller, Get, Header, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';

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

/** The page, with the address it was asked for in the example command. */
export const rootPage = (origin: string): string => `<!doctype html>
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
</dl>
<p>Both pages ask once for your pseudonymous staff reference, such as <code>ST-DEMO01</code>.</p>
<h2>The API</h2>
<p>Every API request must say who acts, in the header <code>X-Vigil-Actor</code> (a staff reference, never a name);
without it the answer is 401. A link in the browser cannot send a header, so open the API through its documentation:</p>
<dl>
<dt><a href="/api/docs">API docs</a> (<a href="/api/docs-json">OpenAPI JSON</a>)</dt>
<dd>Press <strong>Authorize</strong>, enter <code>ST-DEMO01</code>, then <strong>Try it out</strong> on any operation.</dd>
<dt><a href="/api/docs#/incidents/IncidentQueriesController_list">Incident list</a></dt>
<dd><code>GET /incidents?area=hovedstaden&amp;kind=violence</code>; from a terminal:</dd>
</dl>
<pre>curl -H 'X-Vigil-Actor: ST-DEMO01' '${escapeHtml(origin)}/incidents?area=hovedstaden'</pre>
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
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', ROOT_CSP)
  @Header('Cache-Control', 'no-cache')
  page(@Req() request: Request): string {
    return rootPage(`${request.protocol}://${request.get('host') ?? '127.0.0.1'}`);
  }
}
