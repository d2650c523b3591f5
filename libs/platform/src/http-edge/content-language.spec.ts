import type { NextFunction, Request, Response } from 'express';
import { contentLanguage } from './content-language';

const answer = (accept: string | undefined, acceptLanguage?: string) => {
  const headers: Record<string, string> = {};
  const request = {
    headers: { ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    accepts: (types: string[]) => (accept?.startsWith('text/html') ? 'html' : types[0]),
  } as unknown as Request;
  const response = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
  const next = jest.fn() as NextFunction;
  contentLanguage(request, response, next);
  expect(next).toHaveBeenCalled();
  return headers;
};

describe('Content-Language on every API answer', () => {
  it('says the language Accept-Language negotiates, English without one', () => {
    expect(answer('application/json', 'nb-NO,nb;q=0.9')).toEqual({ 'Content-Language': 'nb', Vary: 'Accept-Language' });
    expect(answer(undefined)).toMatchObject({ 'Content-Language': 'en' });
  });

  it('leaves a page a browser navigates to to the page itself', () => {
    expect(answer('text/html,application/xhtml+xml,*/*;q=0.8', 'da')).toEqual({});
  });
});
