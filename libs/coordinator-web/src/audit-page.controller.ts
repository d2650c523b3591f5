import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AUDIT_CSS, AUDIT_SCRIPT } from './client/audit.script';
import { REPLAY_SCRIPT } from './client/replay.script';
import { REPLAY_CSS, REPLAY_PAGE } from './client/replay-shell';
import { PAGE_CSP } from './page-security';

/** The shell: the header says who is signed in; the script fills `main` from GET /access-log. */
const AUDIT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Access log · Vigil</title>
<link rel="stylesheet" href="/audit/assets/audit.css">
<script src="/audit/assets/audit.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="/audit/access-log">Vigil · access log</a></p>
  <nav aria-label="Other pages"><p><a href="/">Start page</a> · <a href="/audit">Audit a record</a></p></nav>
  <div id="signed-in" class="signed-in" aria-live="polite"></div>
</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>This page needs JavaScript.</noscript></main>
</body>
</html>
`;

/**
 * The auditors' access-log page. Like the other pages it holds no data: the browser reads GET /access-log with the
 * session cookie of the person who signed in, and the API alone decides who may (auditors; everyone else gets 403).
 */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  /** The auditor's page: pick a record, replay it with a time slider, its access log, its bundle and the latest checkpoint. */
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  replay(): string {
    return REPLAY_PAGE;
  }

  @Get('access-log')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  accessLog(): string {
    return AUDIT_PAGE;
  }

  @Get('assets/audit.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return AUDIT_SCRIPT;
  }

  @Get('assets/audit.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return AUDIT_CSS;
  }

  @Get('assets/replay.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  replayScript(): string {
    return REPLAY_SCRIPT;
  }

  @Get('assets/replay.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  replayStyles(): string {
    return REPLAY_CSS;
  }
}
