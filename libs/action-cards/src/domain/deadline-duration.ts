import { said } from '@vigil/event-sourcing';
import { ActionCardError } from './action-card.errors';

const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
/** Deadlines run from minutes (get the person to safety) to months (post-traumatic stress follow-up). */
export const MAX_DEADLINE_MINUTES = 366 * 24 * 60;

/** Minutes from an ISO 8601 duration (`PT30M`, `P1DT2H`, `P2W`) or a whole number of minutes. */
export function deadlineMinutes(value: unknown, field: string): number {
  let minutes: number | null = null;
  if (typeof value === 'number' && Number.isInteger(value)) minutes = value;
  if (typeof value === 'string') {
    const match = ISO_DURATION.exec(value);
    if (match && value !== 'P' && !value.endsWith('T')) {
      const [, w, d, h, m] = match.map((part) => Number(part ?? 0));
      minutes = ((w * 7 + d) * 24 + h) * 60 + m;
    }
  }
  if (minutes === null)
    throw new ActionCardError(
      'invalid-value',
      `${field} must be an ISO 8601 duration such as PT30M, P1D or P2W, or a whole number of minutes`,
      field,
      said('action-cards.duration'),
    );
  if (minutes < 1 || minutes > MAX_DEADLINE_MINUTES)
    throw new ActionCardError('invalid-value', `${field} must lie between 1 minute and 366 days`, field, said('action-cards.duration-range'));
  return minutes;
}

/** The canonical ISO 8601 form of a number of minutes: `P1DT2H30M`, `PT45M`. */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

export function addMinutes(isoInstant: string, minutes: number): string {
  return new Date(new Date(isoInstant).getTime() + minutes * 60_000).toISOString();
}
