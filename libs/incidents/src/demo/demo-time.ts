import { DemoRandom } from './demo-random';

/**
 * Wall-clock dates in Copenhagen for the demo data, without depending on the machine's time zone:
 * months and years of the statistics are Danish ones. Summer time runs from the last Sunday of
 * March to the last Sunday of October, 01:00 UTC (the EU rule).
 */
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Relative weight of each month (a little more in summer), times its length in days. */
const SEASON = [0.95, 0.9, 1, 1, 1.05, 1.05, 1.1, 1.1, 1, 1, 0.95, 0.9];

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1)); // the month's last day, 01:00 UTC
  return last.getTime() - last.getUTCDay() * DAY;
}

function offset(utc: number): number {
  const year = new Date(utc).getUTCFullYear();
  return utc >= lastSunday(year, 2) && utc < lastSunday(year, 9) ? 2 * HOUR : HOUR;
}

/** The instant of a Copenhagen wall-clock time (month from 0; days and minutes may run over). */
export function copenhagenDate(year: number, month: number, day = 1, minutes = 0): Date {
  const wall = Date.UTC(year, month, day, 0, minutes);
  return new Date(wall - offset(wall - HOUR));
}

/** The Copenhagen calendar date of an instant (month from 0). */
export function copenhagenParts(date: Date): { year: number; month: number; day: number } {
  const wall = new Date(date.getTime() + offset(date.getTime()));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate() };
}

/** The share of `year`'s (seasonally weighted) incidents that have occurred by `at`: 0 before it, 1 after it. */
export function yearShare(year: number, at: Date): number {
  let total = 0;
  let done = 0;
  for (let month = 0; month < 12; month++) {
    const from = copenhagenDate(year, month, 1).getTime();
    const to = copenhagenDate(year, month + 1, 1).getTime();
    const weight = SEASON[month] * (to - from);
    total += weight;
    done += weight * Math.min(1, Math.max(0, (at.getTime() - from) / (to - from)));
  }
  return done / total;
}

/** Recording times of one incident's follow-ups: each after the one before, none after `end`. */
export class Timeline {
  private last: number;

  constructor(
    private readonly end: Date,
    from: Date,
  ) {
    this.last = from.getTime();
  }

  /** Between `minDays` and `maxDays` after the last step (and after `notBefore`); null past `end`. */
  after(random: DemoRandom, minDays: number, maxDays: number, notBefore?: Date): Date | null {
    const base = Math.max(this.last, notBefore?.getTime() ?? 0);
    return this.move(base + (minDays + random.next() * (maxDays - minDays)) * DAY);
  }

  /** At `when`, or a little after the last step if that is later; null past `end`. */
  at(random: DemoRandom, when: Date): Date | null {
    return this.move(Math.max(when.getTime(), this.last + HOUR + random.next() * 5 * DAY));
  }

  private move(to: number): Date | null {
    if (to >= this.end.getTime() - MINUTE) {
      this.last = Infinity; // nothing more after a step that has not happened yet
      return null;
    }
    this.last = to;
    return new Date(to);
  }
}
