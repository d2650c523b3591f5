import { createHash } from 'node:crypto';
import { Controller, Get, Header, Inject, Optional, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { Language, LANGUAGES, requestLanguage } from '@vigil/i18n';
import { DEMO_ACCOUNTS, SIGN_IN_SETTINGS, SignInSettings } from '@vigil/web-sign-in';
import { StartPageWordKey, startPageWord } from './root-page.words';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:0}p.lead{margin-top:.25rem;color:#555}dt{font-weight:600;margin-top:.75rem}dd{margin-left:0}
code{background:#f2f2f2;padding:0 .25em;border-radius:3px}pre{background:#f2f2f2;padding:.75rem;overflow-x:auto}
header.top{display:flex;justify-content:flex-end}.languages p{margin:0}.languages button{font:inherit;margin:0;cursor:pointer}
.languages button[aria-pressed="true"]{font-weight:700;text-decoration:underline}`;

/** The switcher's one job, as on the other pages: the choice goes in a cookie (a year, this site only), and the page comes back in it. */
const SWITCHER_SCRIPT = `document.querySelectorAll('button[data-lang]').forEach(function (button) {
  button.addEventListener('click', function () {
    document.cookie = 'vigil-lang=' + button.getAttribute('data-lang') + '; Path=/; Max-Age=31536000; SameSite=Lax';
    location.reload();
  });
});`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page holds no data: a policy that allows its one style block and the switcher's script, and nothing else. */
const ROOT_CSP = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SWITCHER_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Each language by its own name, as the other pages' switcher shows it. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { da: 'Dansk', nb: 'Norsk', en: 'English' };

/** The start page's language: the switcher's cookie, then Accept-Language (English when neither names one of ours). */
export const startPageLanguage = (request: Pick<Request, 'headers'>): Language => requestLanguage(request.headers);

/** The same switcher the other pages show in their header: one button a language, the page's own pressed. */
function languageSwitcher(language: Language): string {
  const buttons = LANGUAGES.map(
    (l) => `<button type="button" class="language" data-lang="${l}" lang="${l}" aria-pressed="${l === language}">${LANGUAGE_NAMES[l]}</button>`,
  ).join(' ');
  return `<nav class="languages" aria-label="${startPageWord(language, 'language')}"><p>${buttons}</p></nav>`;
}

/** How people sign in here: the demo provider `npm start` runs, or the organisation's own. */
function signInSection(language: Language, settings: SignInSettings | null): string {
  if (settings && !settings.inProcess) return `<p>${startPageWord(language, 'signIn.organisation', { issuer: settings.issuer })}</p>`;
  return `<p>${startPageWord(language, 'signIn.demo', { count: DEMO_ACCOUNTS.length })}</p>`;
}

/** The page, in a language, with the address it was asked for in the example command. */
export function rootPage(origin: string, settings: SignInSettings | null = null, language: Language = 'en'): string {
  const say = (key: StartPageWordKey) => startPageWord(language, key);
  const entry = (href: string, page: 'coordinator' | 'crisis' | 'audit' | 'accessLog' | 'statistics' | 'learning' | 'authoring' | 'health' | 'metrics') =>
    `<dt><a href="${href}">${say(`${page}.link`)}</a></dt>\n<dd>${say(`${page}.text`)}</dd>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vigil</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">${languageSwitcher(language)}</header>
<h1>Vigil</h1>
<p class="lead">${say('lead')}</p>
<h2>${say('pages.heading')}</h2>
<dl>
${entry('/coordinator', 'coordinator')}
${entry('/crisis', 'crisis')}
${entry('/audit', 'audit')}
${entry('/audit/access-log', 'accessLog')}
${entry('/statistics', 'statistics')}
${entry('/learning', 'learning')}
${entry('/authoring', 'authoring')}
</dl>
<p>${say('pages.session')}</p>
<h2>${say('signIn.heading')}</h2>
${signInSection(language, settings)}
<h2>${say('api.heading')}</h2>
<p>${say('api.intro')}</p>
<dl>
<dt><a href="/api/docs">${say('api.docs.link')}</a> (<a href="/api/docs-json">${say('api.docs.json')}</a>)</dt>
<dd>${say('api.docs.text')}</dd>
<dt><a href="/api/docs#/incidents/IncidentQueriesController_list">${say('api.incidents.link')}</a></dt>
<dd>${say('api.incidents.text')}</dd>
</dl>
<pre>curl -H "Authorization: Bearer $TOKEN" '${escapeHtml(origin)}/incidents?area=hovedstaden'</pre>
<h2>${say('operators.heading')}</h2>
<dl>
${entry('/health', 'health')}
${entry('/metrics', 'metrics')}
</dl>
<script>${SWITCHER_SCRIPT}</script>
</body>
</html>
`;
}

/** `/`: what there is to open, instead of a 404, in the reader's language. */
@ApiExcludeController()
@Controller()
export class RootPageController {
  constructor(@Optional() @Inject(SIGN_IN_SETTINGS) private readonly settings?: SignInSettings) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', ROOT_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  page(@Req() request: Request): string {
    return rootPage(`${request.protocol}://${request.get('host') ?? '127.0.0.1'}`, this.settings ?? null, startPageLanguage(request));
  }
}
