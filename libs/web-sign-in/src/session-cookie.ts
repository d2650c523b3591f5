import { SESSION_COOKIE } from '@vigil/identity';
import { parse, serialize, SerializeOptions } from 'cookie';
import type { Request } from 'express';

/** The sign-in under way: its state, so the callback knows it comes back to the browser that started it. */
export const SIGN_IN_COOKIE = 'vigil_sign_in';

/** Secure over https, and always when the public URL is https (a proxy may speak http to Vigil). */
const attributes = (request: Request, secureByConfig: boolean, path: string): SerializeOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  path,
  secure: secureByConfig || request.secure,
});

export const readCookie = (request: Request, name: string): string | undefined => parse(request.header('cookie') ?? '')[name];

export function sessionCookie(request: Request, secure: boolean, value: string, maxAgeSeconds: number): string {
  return serialize(SESSION_COOKIE, value, { ...attributes(request, secure, '/'), maxAge: maxAgeSeconds });
}

export function signInCookie(request: Request, secure: boolean, state: string): string {
  return serialize(SIGN_IN_COOKIE, state, { ...attributes(request, secure, '/auth'), maxAge: 600 });
}

/** The Set-Cookie that removes a cookie set with the same name and path. */
export function clearedCookie(request: Request, secure: boolean, name: string, path: string): string {
  return serialize(name, '', { ...attributes(request, secure, path), maxAge: 0, expires: new Date(0) });
}
