import { DEMO_ACCOUNTS } from '@vigil/web-sign-in';
import { rootPage, startPageLanguage } from './root-page.controller';

describe('the start page', () => {
  it('follows the switcher’s cookie first, then Accept-Language, else English', () => {
    expect(startPageLanguage({ headers: { cookie: 'vigil-lang=da', 'accept-language': 'nb' } })).toBe('da');
    expect(startPageLanguage({ headers: { cookie: 'vigil-lang=xx', 'accept-language': 'no' } })).toBe('nb');
    expect(startPageLanguage({ headers: { 'accept-language': 'fr' } })).toBe('en');
    expect(startPageLanguage({ headers: {} })).toBe('en');
  });

  it('explains the demo sign-in in Danish, keeping code words and the example command as they are', () => {
    const page = rootPage('http://127.0.0.1:3000', null, 'da');
    expect(page).toContain('<html lang="da">');
    expect(page).toContain('<strong>demo-log-ind-udbyder</strong>');
    expect(page).toContain(`en af ${DEMO_ACCOUNTS.length} demokonti`);
    expect(page).toContain('<code>VIGIL_OIDC_ISSUER</code>');
    expect(page).toContain(`curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:3000/incidents?area=hovedstaden'`);
  });
});
