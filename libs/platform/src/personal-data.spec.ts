import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS, PERSONAL_DATA } from './contexts';
import { DECIDED_EXAMPLES } from './golden-events.test-kit';

/**
 * Every free text an event type carries is declared personal (sealed, erasable) or plain (looked at: about no one).
 * Read from each type's golden file and from what the deciders emit today, so a new text field fails here until its
 * author says which it is.
 */
const REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;
/** Prose: words with spaces, or a capitalised word; not a code, a slug, a date, a reference or a UUID. */
const looksLikeText = (value: string) => !REF.test(value) && (/\s/.test(value) || /[A-ZÆØÅ][a-zæøå]/.test(value));

function leaves(value: unknown, at = ''): { at: string; value: string }[] {
  if (typeof value === 'string') return [{ at, value }];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${at}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

/** `changes[field=description].to` covers `changes[].to` for the check. */
const normalised = (path: string) => path.replace(/\[[^\]]+\]/g, '[]');

const examples: { type: string; data: unknown }[] = [
  ...CONTEXTS.flatMap((context) => {
    const dir = join(__dirname, '..', '..', context.name, 'src', 'domain', '__golden__');
    return existsSync(dir) ? readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { type: string; data: unknown }) : [];
  }),
  ...Object.values(DECIDED_EXAMPLES).flatMap((decide) => decide()),
  // Variants of a union the examples above do not reach: a thematic review's subject carries a description.
  ...['learning-reviews.review-started.v1', 'learning-reviews.review-required.v1'].map((type) => ({
    type,
    data: { subject: { type: 'theme', description: 'Trusler mod personalet på Nyborg dette halvår', incidentIds: [] } },
  })),
];

describe('personal data is declared for every free-text field', () => {
  it.each([...new Set(examples.map((e) => e.type))].sort())('%s', (type) => {
    const declaration = PERSONAL_DATA[type];
    const declared = new Set([...(declaration?.personal ?? []), ...(declaration?.plain ?? [])].map(normalised));
    const undeclared = examples
      .filter((e) => e.type === type)
      .flatMap((e) => leaves(e.data))
      .filter((leaf) => looksLikeText(leaf.value) && !declared.has(leaf.at))
      .map((leaf) => `${leaf.at} = ${JSON.stringify(leaf.value.slice(0, 40))}`);
    expect([...new Set(undeclared)]).toEqual([]);
  });
});
