import { PAGE_LANGUAGES, PageLanguage } from '../page-language';
import { PageWordKey, pageWord } from './page-words';

export interface Shell {
  /** The page's name in the title bar. */
  readonly title: PageWordKey;
  /** Where the brand links to: `/coordinator`, `/crisis`, `/audit/access-log`… */
  readonly home: string;
  readonly brand: PageWordKey;
  readonly css: string;
  /** The scripts, in order (all deferred); the last one is the page's own, served in the page's language (`assets/<lang>/…`). */
  readonly scripts: readonly string[];
  /** Links to the other page(s), shown in the header. */
  readonly links?: readonly [href: string, text: PageWordKey | 'start'][];
  /** Whether the header shows the live-updates status (pages with a live feed). */
  readonly live?: boolean;
}

/** Each language by its own name, for the switcher. */
const LANGUAGE_NAMES: Readonly<Record<PageLanguage, string>> = { da: 'Dansk', nb: 'Norsk', en: 'English' };

/** The switcher: one button a language, the page's own pressed; the page's script sets the cookie and reloads. */
function languageSwitcher(language: PageLanguage): string {
  const buttons = PAGE_LANGUAGES.map(
    (l) => `<button type="button" class="language" data-lang="${l}" lang="${l}" aria-pressed="${l === language}">${LANGUAGE_NAMES[l]}</button>`,
  ).join(' ');
  return `  <nav class="languages" aria-label="${pageWord(language, 'shell.language')}"><p>${buttons}</p></nav>\n`;
}

/** The shell every page shares, in one language; its scripts fill `main`. */
export function pageShell(language: PageLanguage, shell: Shell): string {
  const word = (key: PageWordKey) => pageWord(language, key);
  const links = shell.links ?? [];
  const linkLines = links.length
    ? `  <nav aria-label="${word('shell.otherPages')}"><p>${links.map(([href, text]) => `<a href="${href}">${word(text === 'start' ? 'shell.startPage' : text)}</a>`).join(' · ')}</p></nav>\n`
    : '';
  const own = (src: string) => src.replace(/\/([^/]+)$/, `/${language}/$1`);
  const scripts = shell.scripts.map((src, i) => `<script src="${i === shell.scripts.length - 1 ? own(src) : src}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${word(shell.title)} · Vigil</title>
<link rel="stylesheet" href="${shell.css}">
${scripts}
</head>
<body>
<a class="skip-link" href="#main">${word('shell.skip')}</a>
<header class="top">
  <p class="brand"><a href="${shell.home}">Vigil · ${word(shell.brand)}</a></p>
${linkLines}${languageSwitcher(language)}  <div id="signed-in" class="signed-in" aria-live="polite"></div>
${shell.live ? `  <p id="live-status">${word('live.off')}</p>\n` : ''}</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>${word('shell.noscript')}</noscript></main>
</body>
</html>
`;
}

/** The action-card board or a run. */
export const coordinatorPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.coordinator.title',
    home: '/coordinator',
    brand: 'page.coordinator.brand',
    css: '/coordinator/assets/coordinator.css',
    scripts: ['/coordinator/assets/coordinator.js'],
    links: [['/crisis', 'link.crisisBoard']],
    live: true,
  });

/** The crisis board or an activation. */
export const crisisPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.crisis.title',
    home: '/crisis',
    brand: 'page.crisis.brand',
    css: '/crisis/assets/crisis.css',
    scripts: ['/crisis/assets/crisis.js'],
    links: [['/coordinator', 'link.actionCardBoard']],
    live: true,
  });

/** The statistics page: Chart.js first (both deferred, so they run in order), from this origin like everything else. */
export const statisticsPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.statistics.title',
    home: '/statistics',
    brand: 'page.statistics.brand',
    css: '/statistics/assets/statistics.css',
    scripts: ['/statistics/assets/chart.umd.js', '/statistics/assets/statistics.js'],
    links: [['/', 'start']],
  });

/** The learning-review page. */
export const learningPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.learning.title',
    home: '/learning',
    brand: 'page.learning.brand',
    css: '/learning/assets/learning.css',
    scripts: ['/learning/assets/learning.js'],
    links: [
      ['/', 'start'],
      ['/statistics', 'link.statistics'],
    ],
  });

/** The auditor's page: pick a record and replay it. */
export const replayPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.audit.title',
    home: '/audit',
    brand: 'page.audit.brand',
    css: '/audit/assets/replay.css',
    scripts: ['/audit/assets/replay.js'],
    links: [
      ['/', 'start'],
      ['/audit/access-log', 'link.accessLog'],
    ],
  });

/** The access log. */
export const accessLogPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.accessLog.title',
    home: '/audit/access-log',
    brand: 'page.accessLog.brand',
    css: '/audit/assets/audit.css',
    scripts: ['/audit/assets/audit.js'],
    links: [
      ['/', 'start'],
      ['/audit', 'link.auditRecord'],
    ],
  });

/** Where action cards and readiness plans are written, published and retired. */
export const authoringPage = (language: PageLanguage): string =>
  pageShell(language, {
    title: 'page.authoring.title',
    home: '/authoring',
    brand: 'page.authoring.brand',
    css: '/authoring/assets/authoring.css',
    scripts: ['/authoring/assets/authoring.js'],
    links: [
      ['/', 'start'],
      ['/coordinator', 'link.actionCardBoard'],
      ['/crisis', 'link.crisisBoard'],
    ],
  });
