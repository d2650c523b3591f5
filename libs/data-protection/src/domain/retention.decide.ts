import { canonicalJson, said } from '@vigil/event-sourcing';
import { DataProtectionError } from './data-protection.errors';
import { RetentionEvent, RetentionRule, RetentionRulesState } from './retention.events';

export interface PublishRetentionRules {
  rules: RetentionRule[];
  reason: string;
  actor: string;
}

const PERIOD = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,5})D)?$/;
const SLUG = /^[a-z][a-z0-9-]{1,40}$/;
const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9][0-9]*$/;

/** The next version of the rules; the same rules again record nothing. Each rule is checked and named when wrong. */
export function decidePublishRules(command: PublishRetentionRules, state: RetentionRulesState): RetentionEvent[] {
  const seen = new Set<string>();
  command.rules.forEach((rule, i) => {
    const where = `rules[${i}]`;
    if (!SLUG.test(rule.recordType)) throw invalid(`${where}.recordType`, `"${rule.recordType}" is not a record type such as incident or risk-case`);
    if (seen.has(rule.recordType)) throw invalid(`${where}.recordType`, `${rule.recordType} has two rules; give each record type one`);
    seen.add(rule.recordType);
    if (!SLUG.test(rule.category)) throw invalid(`${where}.category`, `"${rule.category}" is not a stream category`);
    if (!periodOf(rule.period)) throw invalid(`${where}.period`, `"${rule.period}" is not a period in years, months and days such as P5Y or P18M`);
    if (rule.startsWith.length === 0) throw invalid(`${where}.startsWith`, 'name the event that starts the period (a closure, an end, a stand-down)');
    for (const type of [...rule.startsWith, ...rule.restartsWith]) {
      if (!EVENT_TYPE.test(type)) throw invalid(`${where}`, `"${type}" is not an event type such as incidents.incident-closed.v2`);
    }
  });
  if (canonicalJson(command.rules) === canonicalJson(state.rules)) return [];
  return [
    {
      type: 'data-protection.retention-rules-published.v1',
      data: { version: state.version + 1, rules: command.rules, reason: command.reason, publishedBy: command.actor },
    },
  ];
}

export interface Period {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/** `P5Y` as years, months and days; null unless it is a non-empty, non-zero period. */
export function periodOf(text: string): Period | null {
  const match = PERIOD.exec(text);
  if (!match || text === 'P') return null;
  const [years, months, days] = [match[1], match[2], match[3]].map((v) => Number(v ?? 0));
  return years + months + days > 0 ? { years, months, days } : null;
}

/** When a period that started at `start` has passed (calendar arithmetic in UTC). */
export function periodEnd(start: Date, period: Period): Date {
  const end = new Date(start.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + period.years, end.getUTCMonth() + period.months, end.getUTCDate() + period.days);
  return end;
}

function invalid(field: string, message: string): DataProtectionError {
  return new DataProtectionError('invalid-rules', message, field, said('validation.invalid'));
}
