/** The languages the pages speak: Danish, Norwegian Bokmål and English (the default). */
export const PAGE_LANGUAGES = ['da', 'nb', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** Each language's locale for dates, times and numbers (the browser's Intl formats them). */
export const PAGE_LOCALES: Readonly<Record<PageLanguage, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** The cookie the language switcher sets; it wins over the browser's Accept-Language. */
export const LANGUAGE_COOKIE = 'vigil-lang';

/** A script's language: the one its address names (`assets/<lang>/…`, so the shell and its script agree), else the request's. */
export const scriptLanguage = (asked: string, request: LanguageRequest): PageLanguage => (isPageLanguage(asked) ? asked : pageLanguage(request));

export const isPageLanguage = (value: unknown): value is PageLanguage => typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);

/** A language tag's page language: `nb` for Norwegian (no, nb, nn), `da`, `en`; null for any other. */
function fromTag(tag: string): PageLanguage | null {
  const primary = tag.trim().toLowerCase().split('-')[0];
  if (primary === 'no' || primary === 'nb' || primary === 'nn') return 'nb';
  if (primary === 'da' || primary === 'en') return primary;
  return null;
}

/** The first language of Accept-Language (by its q-values) the pages speak; English when none. */
export function languageOfAcceptLanguage(header: string | undefined): PageLanguage {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    const language = fromTag(range.tag);
    if (language) return language;
  }
  return 'en';
}

/** The language cookie's value, when it names a language the pages speak. */
export function languageOfCookie(header: string | undefined): PageLanguage | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.split('=');
    if (name.trim() === LANGUAGE_COOKIE) {
      const language = decodeURIComponent(value.join('=').trim());
      return isPageLanguage(language) ? language : null;
    }
  }
  return null;
}

interface LanguageRequest {
  readonly headers: { readonly cookie?: string; readonly 'accept-language'?: string };
}

/** The language a page is rendered in: the switcher's cookie, then Accept-Language. */
export function pageLanguage(request: LanguageRequest): PageLanguage {
  return languageOfCookie(request.headers.cookie) ?? languageOfAcceptLanguage(request.headers['accept-language']);
}
