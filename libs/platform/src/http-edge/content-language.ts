import { readerOf } from '@vigil/http-problems';
import type { NextFunction, Request, Response } from 'express';

/**
 * Every API answer says which language it is worded in (`Content-Language`, with `Vary: Accept-Language`), not only a
 * problem or a verdict: the language the request's `Accept-Language` asks for, as libs/i18n negotiates it. A page a
 * browser navigates to (it asks for HTML first) is left to the page, whose language may come from its own switcher.
 */
export function contentLanguage(request: Request, response: Response, next: NextFunction): void {
  if (request.accepts(['json', 'html']) !== 'html') readerOf(request, response);
  next();
}
