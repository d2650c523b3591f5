import { createHash } from 'node:crypto';
import { Language } from '@vigil/i18n';
import { say } from './sign-in-words';

/** The look of libs/coordinator-web's pages, for the sign-in pages: readable, high contrast, a visible focus. */
const STYLE = `:root{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fafafa;line-height:1.4}
body{margin:0 auto;max-width:46rem;padding:0 1rem 3rem}a{color:#0b4f9c}:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.top{display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid #ccc}.brand{font-weight:700;margin-right:auto}
.muted{color:#555;font-size:.9rem}.demo-note{border:2px dashed #0b4f9c;padding:.5rem .75rem;background:#eef3fb}
.problem{border:2px solid #b00020;background:#fdecee;padding:.75rem;margin:1rem 0}
fieldset{border:0;padding:0;margin:0}legend{font-weight:700;font-size:1.15rem;margin:1rem 0 .25rem}
ul.accounts{list-style:none;padding:0;margin:0}ul.accounts li{background:#fff;border:1px solid #ccc;border-left:6px solid #0b4f9c;padding:.5rem .75rem;margin-bottom:.6rem}
ul.accounts p{margin:.2rem 0 0}
button{font:inherit;padding:.3rem .9rem;cursor:pointer}ul.accounts button{font-weight:600;text-align:left}
.actions{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin-top:1rem}`;

/** Every sign-in page: its one style block, forms to this origin only, no script at all. */
export const SIGN_IN_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A whole page in the reader's language; `body` is trusted HTML (callers escape what they put in it). */
export function signInPage(language: Language, title: string, brand: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Vigil</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(say(language, 'skip'))}</a>
<header class="top"><p class="brand"><a href="/">Vigil</a> · ${escapeHtml(brand)}</p></header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}

/** The headers every sign-in page is sent with. */
export const SIGN_IN_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': SIGN_IN_PAGE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Each page speaks the language of the switcher's cookie, else of Accept-Language.
  Vary: 'Accept-Language, Cookie',
};
