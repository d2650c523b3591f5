import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DomainError } from '@vigil/event-sourcing';
import { fieldLabel, Language, translate } from '@vigil/i18n';
import * as ts from 'typescript';
import { requireNotBefore, requireRef } from '../../coercive-measures/src/domain/placement.rules';
import { decideSetPlan, initialPlan } from '../../statistics/src/domain/target-plan';

/** The refusals a person gets (libs/<context>/src/…): every context's DomainError subclass. */
const ERROR_CLASSES = new Set([
  'ActionCardError',
  'CoerciveMeasureError',
  'CrisisReadinessError',
  'RiskCaseDomainError',
  'ReviewDomainError',
  'StatisticsDomainError',
  'IncidentDomainError',
  'DataProtectionError',
]);
const LIBS = join(__dirname, '..', '..');

/**
 * Every context's refusals carry words of their own (a catalogue key and values), so a Danish or Norwegian reader gets
 * the detail in their language rather than the code's English text. A `fail(field, message)` helper counts too.
 */
const CONTEXTS = readdirSync(LIBS).filter((name) => statSync(join(LIBS, name, 'src')).isDirectory());

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Refusals without words: `new XError(code, message[, field])` with no fourth argument, or `fail(field, message)`. */
export function refusalsWithoutWords(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Only a context's own refusals: its error classes, or a `fail` helper of a file that refuses with them.
  if (![...ERROR_CLASSES].some((name) => text.includes(name)) && !/import \{[^}]*\bfail\b[^}]*\} from '\.\/review\.rules'/.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const where = () => `${relative(LIBS, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ERROR_CLASSES.has(node.expression.text) && (node.arguments?.length ?? 0) < 4)
      found.push(where());
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'fail' && node.arguments.length === 2) found.push(where());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('refusals in words of their own', () => {
  it.each(CONTEXTS)('libs/%s: every refusal carries words (said(…)) for da, nb and en', (context) => {
    const sources = files(join(LIBS, context, 'src')).filter((f) => f.endsWith('.ts') && !/\.[a-z-]+-spec\.ts$|\.spec\.ts$|test-kit/.test(f));
    expect(sources.flatMap(refusalsWithoutWords)).toEqual([]);
  });
});

describe('a refusal in the reader language', () => {
  const refusal = (act: () => unknown): DomainError => {
    try {
      act();
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('not refused');
  };
  const say = (language: Language, error: DomainError, field = error.field) =>
    translate(language, error.words!.key, { label: field ? fieldLabel(field, language) : '', ...error.words!.values });

  it('names times, durations and places in words, not ids or ISO strings', () => {
    const early = refusal(() => requireNotBefore('2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z', 'endedAt', 'the start of the placement', true));
    expect(early.code).toBe('out-of-order');
    expect(say('da', early)).toMatch(/^.+: 1\. mar\. 2026.* skal ligge efter anbringelsens start \(1\. mar\. 2026.*\)\.$/);
    expect(say('en', early)).toMatch(/must be after the start of the placement/);
    const weights = refusal(() =>
      decideSetPlan(
        {
          planId: 'action-plan-2015',
          title: 'Handlingsplan',
          goals: [{ goal: 'staff-minus-3', title: 'Færre episoder', weight: 90, indicator: 'staff-episodes', baselineYear: 2014, changePerYear: -3 }],
          actor: 'ST-7K3Q9P',
        },
        initialPlan,
      ),
    );
    expect(weights.code).toBe('invalid-value');
    expect(say('nb', weights)).toBe('Mål: vektene må bli 100 % til sammen, de blir 90 %');
    expect(
      say(
        'da',
        refusal(() => requireRef('Jens Hansen', 'reviewedBy')),
      ),
    ).toMatch(/pseudonym reference/);
  });
});
