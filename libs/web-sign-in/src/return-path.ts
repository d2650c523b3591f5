const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Where to send a person after signing in: only a path on this Vigil (`/coordinator/runs/…?x#y`), never another
 * site, a scheme-relative `//host`, a backslash trick or a control character; anything else goes to `/`.
 */
export function safeReturnPath(value: unknown, base: string): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) return '/';
  try {
    const origin = new URL(base).origin;
    const url = new URL(value, origin);
    if (url.origin !== origin) return '/';
    // The sign-in flow's own routes would loop.
    if (url.pathname.startsWith('/auth/') || url.pathname.startsWith('/oidc/')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
