import { safeReturnPath } from './return-path';

const BASE = 'http://127.0.0.1:3000';

describe('where a person goes after signing in', () => {
  it('keeps a path on this Vigil, with its query and fragment', () => {
    expect(safeReturnPath('/coordinator', BASE)).toBe('/coordinator');
    expect(safeReturnPath('/coordinator/runs/abc?x=1#step-2', BASE)).toBe('/coordinator/runs/abc?x=1#step-2');
    expect(safeReturnPath('/crisis/activations/%2F..', BASE)).toBe('/crisis/activations/%2F..');
  });

  it('sends anything else to the start page', () => {
    for (const value of [
      'https://evil.example',
      'https://evil.example/coordinator',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'coordinator',
      '/coordinator\r\nSet-Cookie: x=1',
      '/auth/sign-in?return=/x',
      '/oidc/session/end',
      '',
      undefined,
      ['/coordinator'],
      `/${'a'.repeat(3000)}`,
    ])
      expect([value, safeReturnPath(value, BASE)]).toEqual([value, '/']);
  });
});
