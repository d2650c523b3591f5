import { applyDecorators, Header } from '@nestjs/common';

/** Scripts and styles come only from this origin; the pages talk only to this API. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A page's shell: HTML under the CSP, never cached stale, in the language its cookie or Accept-Language asks for. */
export const PageHtml = () =>
  applyDecorators(
    Header('Content-Type', 'text/html; charset=utf-8'),
    Header('Content-Security-Policy', PAGE_CSP),
    Header('Cache-Control', 'no-cache'),
    Header('Referrer-Policy', 'no-referrer'),
    Header('Vary', 'Accept-Language, Cookie'),
  );

/** A page's script with one language's words in it. */
export const PageScript = () =>
  applyDecorators(
    Header('Content-Type', 'text/javascript; charset=utf-8'),
    Header('X-Content-Type-Options', 'nosniff'),
    Header('Cache-Control', 'no-cache'),
    Header('Vary', 'Accept-Language, Cookie'),
  );

/** A file a page loads that is the same in every language (styles, the chart library). */
export const PageAsset = (contentType: string) =>
  applyDecorators(Header('Content-Type', contentType), Header('X-Content-Type-Options', 'nosniff'), Header('Cache-Control', 'no-cache'));
