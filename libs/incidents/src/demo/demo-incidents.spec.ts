import { evolve, initial, IncidentState } from '../domain/incident.state';
import { PSEUDONYMOUS_REF } from '../domain/incident.vocabulary';
import { demoYears, DemoStep } from './demo-incidents';
import { copenhagenDate, copenhagenParts } from './demo-time';
import { DECIDERS } from './seed-demo-data';

const END = new Date('2026-12-06T04:26:00Z');
const incidents = demoYears(END);

/** Folds each incident's steps through the deciders, as the seed does: each must be accepted. */
function replay(steps: DemoStep[]): IncidentState {
  const incidentId = steps[0].fields.incidentId as string;
  return steps.reduce<IncidentState>((state, step) => {
    const events = DECIDERS[step.command]({ ...step.fields, incidentId, actor: step.actor } as never, state, step.at);
    return events.reduce(evolve, state);
  }, initial);
}

const stateOf = new Map(incidents.map((steps) => [steps[0].fields.incidentId as string, replay(steps)]));
const counted = (state: IncidentState) => state.status === 'open' || state.status === 'closed';
const yearOf = (state: IncidentState) => (state.status === 'none' ? 0 : copenhagenParts(new Date(state.occurredAt)).year);

describe('demoYears', () => {
  it('is the same for the same end and seed', () => {
    expect(JSON.stringify(demoYears(END))).toEqual(JSON.stringify(incidents));
  });

  it('covers three full years and this year to date, under about 4,000 incidents', () => {
    const times = incidents.map((steps) => new Date(steps[0].fields.occurredAt as string).getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(copenhagenDate(2023, 0, 1).getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(END.getTime());
    expect(copenhagenParts(new Date(Math.min(...times)))).toMatchObject({ year: 2023, month: 0 });
    expect(incidents.length).toBeLessThan(4000);
  });

  it('only has steps the deciders accept, each after the one before and none after the end', () => {
    for (const steps of incidents) {
      expect(steps[0].command).toBe('report');
      for (let i = 1; i < steps.length; i++) expect(steps[i].at.getTime()).toBeGreaterThan(steps[i - 1].at.getTime());
      expect(steps[steps.length - 1].at.getTime()).toBeLessThanOrEqual(END.getTime());
    }
    expect([...stateOf.values()].every((s) => s.status !== 'none')).toBe(true);
  });

  it('names people by pseudonymous reference only, sometimes several inmates or two staff as targets', () => {
    const involved = [...stateOf.values()].flatMap((s) => (s.status === 'none' ? [] : [s.involved]));
    expect(involved.flat().every((p) => PSEUDONYMOUS_REF.test(p.ref))).toBe(true);
    const targets = (prefix: string) => involved.map((people) => people.filter((p) => p.role === 'target' && p.ref.startsWith(prefix)).length);
    expect(targets('IN-').filter((n) => n >= 2).length).toBeGreaterThan(100);
    expect(targets('IN-').filter((n) => n === 3).length).toBeGreaterThan(20);
    expect(targets('ST-').filter((n) => n === 2).length).toBeGreaterThan(50);
  });

  it('marks duplicates of incidents reported before them', () => {
    const reportedAt = new Map(incidents.map((steps) => [steps[0].fields.incidentId as string, steps[0].at.getTime()]));
    const marks = incidents.flatMap((steps) => steps.filter((s) => s.command === 'mark-duplicate'));
    expect(marks.length).toBeGreaterThan(incidents.length * 0.01);
    for (const mark of marks) expect(reportedAt.get(mark.fields.duplicateOf as string)).toBeLessThan(mark.at.getTime());
  });

  it('has staff figures falling in two areas and rising in the other two, 300-420 against staff a year', () => {
    const staff = (year: number, area?: string) =>
      [...stateOf.values()].filter(
        (s) =>
          s.status !== 'none' &&
          counted(s) &&
          yearOf(s) === year &&
          (s.target === 'staff-on-duty' || s.target === 'staff-off-duty') &&
          ['violence', 'threat', 'harassment'].includes(s.kind) &&
          (!area || s.location.area === area),
      ).length;
    for (const year of [2023, 2024, 2025]) {
      expect(staff(year)).toBeGreaterThanOrEqual(300);
      expect(staff(year)).toBeLessThanOrEqual(420);
    }
    const change = (area: string) => staff(2025, area) / staff(2024, area) - 1;
    expect(change('hovedstaden')).toBeLessThan(-0.03);
    expect(change('syddanmark')).toBeLessThan(-0.03);
    expect(change('sjaelland')).toBeGreaterThan(0);
    expect(change('midt-nord')).toBeGreaterThan(0);
  });

  it('registers a few percent of each full year after 9 January of the next year, some after 1 April', () => {
    for (const year of [2023, 2024, 2025]) {
      const ofYear = incidents.filter((steps) => copenhagenParts(new Date(steps[0].fields.occurredAt as string)).year === year);
      const after = (month: number, day: number) => ofYear.filter((steps) => steps[0].at >= copenhagenDate(year + 1, month, day)).length / ofYear.length;
      expect(after(0, 10)).toBeGreaterThan(0.02);
      expect(after(0, 10)).toBeLessThan(0.08);
      expect(after(3, 2)).toBeGreaterThan(0.003);
    }
  });
});
