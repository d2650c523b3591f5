import { DayOfYear } from '../domain/indicator-rules';

/** Midnight in Copenhagen (and Oslo) on a day, as an instant: the services' statistics days start there. */
export function localMidnight(year: number, month: number, day: number): Date {
  const utc = Date.UTC(year, month - 1, day); // a day past the month's end rolls over into the next month
  // Copenhagen is UTC+1 in winter and UTC+2 from the last Sunday of March to the last Sunday of October.
  return new Date(utc - offsetHours(new Date(utc)) * 3_600_000);
}

function offsetHours(at: Date): number {
  const year = at.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return at.getTime() >= lastSunday(2) && at.getTime() < lastSunday(9) ? 2 : 1;
}

/** The end of the day in the year after `year` that a definition names: its first release and its cut-off include the whole day. */
export function dayAfterYear(year: number, day: DayOfYear): Date {
  return localMidnight(year + 1, day.month, day.day + 1);
}

/** True when a year's figures are final as known on `on`: its cut-off has passed. */
export function isFinal(year: number, cutOff: DayOfYear, on: Date): boolean {
  return on >= dayAfterYear(year, cutOff);
}

/** The year a period label (2024, 2024-Q2, 2024-05) lies in. */
export function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

/** A date as people read it, in the services' calendar: 2025-04-01. */
export function dayText(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
