import { LANGUAGES, translate } from '@vigil/i18n';
import { ROLES } from '@vigil/identity';
import { accountPickerPage, loggedOutPage } from './demo-provider/demo-pages';
import { DEMO_ACCOUNTS } from './demo-provider/demo-accounts';
import { signInLanguage } from './sign-in-language';
import { staleSignInPage, unusableTokenPage } from './sign-in-pages';
import { SIGN_IN_WORDS } from './sign-in-words';
import { tokenReason } from './token-reason';
import { ROLE_NAMES } from './words';

describe('the sign-in pages in Danish, Norwegian Bokmål and English', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every word in every language, none empty, with the same placeholders', () => {
    for (const language of LANGUAGES)
      for (const [key, english] of Object.entries(SIGN_IN_WORDS.en)) {
        const text = SIGN_IN_WORDS[language][key as keyof typeof SIGN_IN_WORDS.en];
        expect([language, key, text.trim() !== '', placeholders(text)]).toEqual([language, key, true, placeholders(english)]);
      }
  });

  it('names every role and says what every demo account does, and keeps the English role names the pages share', () => {
    for (const role of ROLES) expect(SIGN_IN_WORDS.en[`role.${role}`]).toBe(ROLE_NAMES[role]);
    for (const account of DEMO_ACCOUNTS) expect(SIGN_IN_WORDS.en[`does.${account.staffRef}` as keyof typeof SIGN_IN_WORDS.en]).toBe(account.does);
  });

  it('speaks the language of the switcher’s cookie first, then of Accept-Language, else English', () => {
    expect(signInLanguage({ cookie: 'a=b; vigil-lang=nb', 'accept-language': 'da' })).toBe('nb');
    expect(signInLanguage({ cookie: 'vigil-lang=sv', 'accept-language': 'da-DK,da;q=0.9' })).toBe('da');
    expect(signInLanguage({ 'accept-language': 'no' })).toBe('nb');
    expect(signInLanguage({})).toBe('en');
    expect(signInLanguage(undefined)).toBe('en');
  });

  it('says <html lang> and its own words in each language', () => {
    expect(staleSignInPage('da')).toContain('<html lang="da">');
    expect(staleSignInPage('da')).toContain('<h1>Dette log-ind er udløbet</h1>');
    expect(staleSignInPage('nb')).toContain('<h1>Denne innloggingen er utløpt</h1>');
    expect(staleSignInPage('en')).toContain('<html lang="en">');
    expect(loggedOutPage('nb')).toContain('<html lang="nb">');
  });

  it('lists the demo accounts by role and place in the reader’s language, roles joined as the language joins a list', () => {
    const da = accountPickerPage('da', 'uid-1234567890', 'Vigils sider');
    expect(da).toContain('<h1>Vælg, hvem du vil logge ind som</h1>');
    expect(da).toContain('Krisestabsleder og Krisestab, Hele landet');
    expect(da).toContain('Følger handlekort for hændelser i området, trin for trin.');
    expect(da).toContain('<code>npm start</code>');
    const en = accountPickerPage('en', 'uid-1234567890', 'Vigil’s pages');
    expect(en).toContain('Crisis lead and Crisis staff, National');
    expect(accountPickerPage('nb', 'uid-1234567890', 'Vigils sider')).toContain('Koordinator, Syddanmark');
  });

  it('words a refused token in the reader’s language when the verifier gives words, else keeps its reason', () => {
    const words = { key: 'token.expired' };
    expect(tokenReason({ reason: 'The token has expired; sign in again.', words }, 'nb')).toBe(translate('nb', 'token.expired'));
    expect(tokenReason({ reason: 'Some reason.' }, 'da')).toBe('Some reason.');
    expect(unusableTokenPage('da', tokenReason({ reason: 'x', words }, 'da'), '/')).toContain('Adgangstokenet er udløbet');
  });
});
