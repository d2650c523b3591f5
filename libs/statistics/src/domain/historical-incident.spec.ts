import { errorOf, givenFor } from '@vigil/event-sourcing';
import { decideImport, evolveHistorical, initialHistorical, validHistorical } from './historical-incident';

const row = {
  legacy_id: 'KSS-2014-00001',
  occurred_on: '2014-03-02',
  recorded_on: '2014-03-03',
  kind: 'violence',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: 'institution',
  area: 'syddanmark',
  institution: 'nyborg',
  staff_targets: '1',
  inmate_targets: '0',
  status: 'counted',
};
const given = givenFor({ initial: initialHistorical, evolve: evolveHistorical });

describe("a row of the previous register's export", () => {
  it('keeps its occurred and recorded dates and its codes', () => {
    expect(validHistorical(row)).toMatchObject({
      legacyId: 'KSS-2014-00001',
      occurredAt: '2014-03-02T12:00:00.000Z',
      recordedAt: '2014-03-03T12:00:00.000Z',
      institution: 'nyborg',
    });
  });

  it.each([
    ['kind', { kind: 'fight' }, 'kind "fight" is not one of'],
    ['recorded_on', { recorded_on: '2014-02-30x' }, 'is not a date'],
    ['recorded_on', { recorded_on: '2014-03-01' }, 'recorded_on is before occurred_on'],
    ['institution', { institution: 'atlantis' }, 'institution "atlantis": no such institution in the catalogue'],
    ['area', { area: 'hovedstaden' }, 'Nyborg Fængsel lies in Område Syddanmark, not in Område Hovedstaden'],
    ['area', { area: 'region-vest' }, 'Nyborg Fængsel lies in Område Syddanmark, not in Region vest'],
    ['staff_targets', { staff_targets: 'two' }, 'is not a whole number of people'],
    ['legacy_id', { legacy_id: 'a b' }, "must be the previous register's id"],
  ])('refuses a wrong %s, naming it', (column, change, message) => {
    expect(errorOf(() => validHistorical({ ...row, ...change }))).toMatchObject({ field: column, message: expect.stringContaining(message) });
  });

  it('takes a record of a Norwegian prison in its region', () => {
    expect(validHistorical({ ...row, area: 'region-vest', institution: 'bergen-fengsel' })).toMatchObject({
      area: 'region-vest',
      institution: 'bergen-fengsel',
    });
  });

  it('imports a record once; the same record again changes nothing, other values under its id are refused', () => {
    const incident = validHistorical(row);
    const [imported] = decideImport({ incident, source: 'previous-register', actor: 'ST-PART01' }, given());
    expect(decideImport({ incident, source: 'previous-register', actor: 'ST-PART01' }, given(imported))).toEqual([]);
    const other = validHistorical({ ...row, kind: 'threat' });
    expect(errorOf(() => decideImport({ incident: other, source: 'previous-register', actor: 'ST-PART01' }, given(imported)))).toMatchObject({
      code: 'already-imported-differently',
    });
  });
});
