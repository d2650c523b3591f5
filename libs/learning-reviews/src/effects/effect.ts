import { MonthCount } from './incident-counts.port';

/** The services' calendar: months and days as Copenhagen reads them (as the statistics date incidents). */
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
export const dayIn = (at: Date): string => DAY.format(at);
export const monthIn = (at: Date): string => dayIn(at).slice(0, 7);

export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * Which months an effect compares: the twelve whole months before the month the intervention was first under way,
 * and the twelve after it. That month itself is the transition (partly each) and counts in neither; only months
 * that have ended count (`lastWhole`).
 */
export interface EffectWindow {
  readonly transition: string;
  readonly before: { readonly from: string; readonly to: string };
  readonly after: { readonly from: string; readonly to: string };
  readonly lastWhole: string;
}

export function effectWindow(since: Date, now: Date): EffectWindow {
  const transition = monthIn(since);
  return {
    transition,
    before: { from: addMonths(transition, -12), to: addMonths(transition, -1) },
    after: { from: addMonths(transition, 1), to: addMonths(transition, 12) },
    lastWhole: addMonths(monthIn(now), -1),
  };
}

export interface EffectPeriod {
  readonly from: string;
  readonly to: string;
  /** Whole months counted (after: those that have ended so far). */
  readonly months: number;
  readonly total: number;
  /** Registrations a month, two decimals; null with no month counted. */
  readonly perMonth: number | null;
}

export interface EffectPoint {
  readonly month: string;
  readonly phase: 'before' | 'transition' | 'after';
  /** Null for a month that has not ended yet. */
  readonly count: number | null;
}

export interface Effect {
  readonly before: EffectPeriod;
  readonly transition: { readonly month: string; readonly count: number | null };
  readonly after: EffectPeriod;
  /** Registrations a month after against before, in per cent (rounded); null when it cannot be said. */
  readonly changePercent: number | null;
  readonly series: EffectPoint[];
  readonly summary: string;
}

/** What every effect answer says about its numbers. */
export const REGISTRATIONS_NOT_INCIDENCE =
  'These counts are registrations, not incidence: they rise when more is reported as well as when more happens, and fall when less is reported ' +
  'as well as when less happens. Recent months may still grow with late registrations, and other changes at the unit in the same months ' +
  '(staffing, inmates, other interventions) are not accounted for: a difference is a question for the review, not proof of an effect.';

const round2 = (n: number) => Math.round(n * 100) / 100;

export const unitWords = (unit: string) =>
  unit === 'national' ? 'across the service' : unit.startsWith('area:') ? `in area ${unit.slice(5)}` : `at institution ${unit.slice(12)}`;

export function kindWords(kinds: readonly string[]): string {
  const words = kinds.map((k) => k.replace(/-/g, ' '));
  return words.length <= 1 ? (words[0] ?? 'no kind') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const perMonthText = (p: EffectPeriod) => (p.perMonth === null ? '' : ` (${p.perMonth} a month)`);

/** Before and after in numbers and in words, from the statistics' monthly counts over the window. */
export function effectOf(window: EffectWindow, counts: readonly MonthCount[], about: { kinds: readonly string[]; unit: string; title: string }): Effect {
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  const countOf = (month: string) => (month <= window.lastWhole ? (byMonth.get(month) ?? 0) : null);
  const series: EffectPoint[] = monthsFrom(window.before.from, window.after.to).map((month) => ({
    month,
    phase: month < window.transition ? 'before' : month === window.transition ? 'transition' : 'after',
    count: countOf(month),
  }));
  const period = (phase: 'before' | 'after', range: { from: string; to: string }): EffectPeriod => {
    const whole = series.filter((p) => p.phase === phase && p.count !== null);
    const total = whole.reduce((sum, p) => sum + (p.count ?? 0), 0);
    return { ...range, months: whole.length, total, perMonth: whole.length ? round2(total / whole.length) : null };
  };
  const before = period('before', window.before);
  const after = period('after', window.after);
  const changePercent = before.perMonth && after.perMonth !== null ? Math.round(((after.perMonth - before.perMonth) / before.perMonth) * 100) : null;
  const what = `Registered incidents of ${kindWords(about.kinds)} ${unitWords(about.unit)}`;
  const start = `${what}: ${before.total} in the 12 months before "${about.title}" was first under way${perMonthText(before)}`;
  let summary: string;
  if (after.months === 0) summary = `${start}. No whole month has passed since the month it began, so there is nothing to compare yet.`;
  else {
    const since = `${after.total} in the ${after.months === 1 ? 'whole month' : `${after.months} whole months`} after${after.months < 12 ? ' so far' : ''}${perMonthText(after)}`;
    const change =
      changePercent === null
        ? ''
        : changePercent === 0
          ? ': as many registrations a month as before'
          : `: ${Math.abs(changePercent)} % ${changePercent < 0 ? 'fewer' : 'more'} registrations a month than before`;
    summary = `${start}, ${since}${change}.`;
  }
  return { before, transition: { month: window.transition, count: countOf(window.transition) }, after, changePercent, series, summary };
}
