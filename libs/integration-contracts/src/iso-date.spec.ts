import { isISO8601 } from 'class-validator';
import fc from 'fast-check';
import { isStrictIso8601 } from './iso-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The fast lane must say what `@IsISO8601({ strict: true })` says, 31 April, 29 February and odd years included. */
describe('isStrictIso8601', () => {
  it("agrees with class-validator on every day of the calendar's edge years, in and out of the UTC shape", () => {
    const times = ['T00:00:00Z', 'T23:59:59.999Z', 'T12:30:45.1Z', 'T24:00:00Z', 'T12:60:00Z', 'T12:00:60.000Z', 'T12:00:00.000z', 'T12:00:00+01:00', ''];
    for (const year of [0, 1, 99, 999, 1000, 1900, 2000, 2024, 2025, 2026, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          for (const time of times) {
            const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${time}`;
            expect({ value, ok: isStrictIso8601(value) }).toEqual({ value, ok: isISO8601(value, { strict: true }) });
          }
  });

  it('agrees with class-validator on generated dates and times', () => {
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }))
      .map(([y, m, d, h]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(h, 2)}`);
    const rest = fc.constantFrom(':00:00.000Z', ':59:59Z', ':00:00.5Z', ':00Z', ':00:00', ':00:00+02:00', ':00:00.000Z\n', 'Z');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(date, rest).map(([a, b]) => a + b),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        (value) => {
          expect(isStrictIso8601(value)).toBe(isISO8601(value, { strict: true }));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
