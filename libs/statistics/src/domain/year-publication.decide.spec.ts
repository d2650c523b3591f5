import { errorOf, givenFor } from '@vigil/event-sourcing';
import { decidePublishYear, evolvePublication, initialPublication, PublishYearFigures } from './year-publication';

const given = givenFor({ initial: initialPublication, evolve: evolvePublication });
const figures = { total: 401, byArea: { syddanmark: 401 }, byInstitution: { nyborg: 401 }, byMonth: Array(12).fill(0) };
const command = (asKnownOn: string): PublishYearFigures => ({
  indicator: 'staff-episodes',
  year: 2014,
  version: 1,
  asKnownOn: new Date(asKnownOn),
  cutOff: new Date('2015-04-01T22:00:00Z'),
  figures,
  note: '',
  actor: 'ST-PART01',
});
const now = new Date('2015-06-01T10:00:00Z');

describe("publishing a year's figures", () => {
  it('pins the definition version and the vintage with the figures, provisional before the cut-off', () => {
    const [first] = decidePublishYear(command('2015-01-09T22:59:59Z'), given(), now);
    expect(first.data).toMatchObject({ edition: 1, version: 1, final: false, figures: { total: 401 } });
    const [second] = decidePublishYear(command('2015-04-01T22:00:00Z'), given(first), now);
    expect(second.data).toMatchObject({ edition: 2, final: true });
  });

  it('refuses a year not yet over, a vintage not later than the last edition, and anything after the final one', () => {
    expect(errorOf(() => decidePublishYear(command('2014-12-31T10:00:00Z'), given(), now))).toMatchObject({ code: 'year-not-ended' });
    const [first] = decidePublishYear(command('2015-01-09T22:59:59Z'), given(), now);
    expect(errorOf(() => decidePublishYear(command('2015-01-05T10:00:00Z'), given(first), now))).toMatchObject({ code: 'vintage-not-later' });
    const [final] = decidePublishYear(command('2015-04-01T22:00:00Z'), given(first), now);
    expect(errorOf(() => decidePublishYear(command('2015-05-01T10:00:00Z'), given(first, final), now))).toMatchObject({ code: 'already-published' });
    expect(errorOf(() => decidePublishYear(command('2015-07-01T10:00:00Z'), given(), now))).toMatchObject({ field: 'asKnownOn' });
  });
});
