/** The store's source of "recorded at"; injected so demo data and tests can record in the past. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
