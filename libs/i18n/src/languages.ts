/** The languages Vigil answers in: Danish, Norwegian Bokmål and English (the fallback). */
export const LANGUAGES = ['da', 'nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';

/** Tags that mean one of ours: Norwegian in general (`no`) and Nynorsk (`nn`) readers get Bokmål. */
const ALIASES = new Map<string, Language>([
  ['da', 'da'],
  ['nb', 'nb'],
  ['no', 'nb'],
  ['nn', 'nb'],
  ['en', 'en'],
]);

/**
 * The language an `Accept-Language` header asks for (RFC 9110 §12.5.4): the highest-weighted tag whose primary
 * subtag is one of ours (`da-DK` is `da`), earlier tags winning ties; English when nothing matches or no header came.
 */
export function negotiateLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return FALLBACK_LANGUAGE;
  const ranges = value
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      const weight = q ? Number(q[1]) : 1;
      return { language: ALIASES.get(tag.trim().toLowerCase().split('-')[0]), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r): r is { language: Language; weight: number; order: number } => r.language !== undefined && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranges[0]?.language ?? FALLBACK_LANGUAGE;
}
