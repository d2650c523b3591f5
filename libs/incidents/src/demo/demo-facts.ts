import { INSTITUTIONS as CATALOGUE_INSTITUTIONS, Institution } from '@vigil/organisation';
import { Area, AREAS as ALL_AREAS, IncidentKind, InvolvedPerson, Location, PerpetratorType, Severity, TargetGroup } from '../domain/incident.vocabulary';
import { DESCRIPTIONS, EpisodeStream, Weighted } from './demo-incidents.data';
import { DemoRandom } from './demo-random';
import { copenhagenDate, copenhagenParts } from './demo-time';

const DAY = 86_400_000;

/** The demo is a Danish service's years: its areas and institutions only (the Norwegian ones are in the catalogue beside them). */
const INSTITUTIONS = CATALOGUE_INSTITUTIONS.filter((i) => i.country === 'dk');
const AREAS = ALL_AREAS.filter((area) => INSTITUTIONS.some((i) => i.area === area));

/** What a report says about an incident. */
export interface Facts {
  kind: IncidentKind;
  target: TargetGroup;
  perpetrator: PerpetratorType;
  location: Location;
  severity: Severity;
  injuries: { physical: string; psychological: boolean };
  occurredAt: Date;
  description: string;
  involved: InvolvedPerson[];
}

/**
 * The facts of demo incidents: as finally recorded, and as first reported (now and then with
 * another kind, target group, time, place or fewer people, put right later).
 */
export class DemoFacts {
  /** Inmates by institution and staff by area: the same people turn up in several incidents. */
  private readonly inmates = new Map<string, string[]>();
  private readonly staff = new Map<Area, string[]>();
  private readonly start: Date;

  constructor(
    private readonly random: DemoRandom,
    seed: number,
    private readonly firstYear: number,
    private readonly end: Date,
  ) {
    this.start = copenhagenDate(firstYear, 0, 1);
    const people = new DemoRandom(seed + 1);
    for (const institution of INSTITUTIONS)
      this.inmates.set(
        institution.slug,
        Array.from({ length: 90 }, () => people.ref('IN')),
      );
    for (const area of AREAS)
      this.staff.set(
        area,
        Array.from({ length: 150 }, () => people.ref('ST')),
      );
  }

  /** The facts as finally recorded. */
  facts(stream: EpisodeStream, area: Area, occurredAt: Date): Facts {
    const random = this.random;
    const kind = random.weighted(stream.kinds);
    const target = stream.target(kind, random);
    const offDuty = target === 'staff-off-duty' || target === 'staff-family';
    const institution = offDuty ? null : this.institution(area, stream.places);
    const location: Location = institution
      ? { type: 'institution', area, institution: institution.slug, unit: `afdeling-${random.pick(['a', 'b', 'c', 'd'])}` }
      : { type: 'off-duty', area };
    const perpetrator = this.perpetrator(target, kind, institution);
    const severity = random.weighted([
      ['minor', 50],
      ['moderate', 30],
      ['serious', 15],
      ['critical', 5],
    ] as const);
    const physical =
      kind === 'violence'
        ? random.weighted([
            ['none', 4],
            ['minor', 4],
            ['treated', 2],
            ['hospitalised', severity === 'minor' ? 0 : 0.5],
          ] as const)
        : kind === 'self-harm'
          ? random.weighted([
              ['minor', 5],
              ['treated', 3],
              ['hospitalised', 1],
            ] as const)
          : 'none';
    return {
      kind,
      target,
      perpetrator,
      location,
      severity,
      injuries: { physical, psychological: random.chance(kind === 'near-miss' || kind === 'deviation' ? 0.05 : 0.3) },
      occurredAt,
      description: this.description(kind, target),
      involved: this.involved(kind, target, perpetrator, area, institution),
    };
  }

  /** What the first report said: now and then another kind, target group, time, place or fewer people. */
  initialFacts(stream: EpisodeStream, final: Facts): Facts {
    const random = this.random;
    const initial = { ...final };
    if (final.kind === 'harassment' && random.chance(0.15)) initial.kind = 'threat';
    else if (final.kind === 'threat' && random.chance(0.08)) initial.kind = 'violence';
    const location = final.location;
    const institution = location.type === 'institution' ? INSTITUTIONS.find((i) => i.slug === location.institution) : undefined;
    const custodial = institution?.type === 'prison' || institution?.type === 'local-jail';
    if (stream.name === 'inmate' && custodial && random.chance(0.04)) initial.target = 'staff-on-duty';
    else if (stream.name === 'staff' && final.target === 'staff-on-duty' && custodial && random.chance(0.012)) initial.target = 'inmate';
    if (final.severity !== 'minor' && random.chance(0.06)) initial.severity = lower(final.severity);
    const { month, day } = copenhagenParts(final.occurredAt);
    const turnOfYear = (month === 0 && day <= 10) || (month === 11 && day >= 22);
    if (random.chance(turnOfYear ? 0.15 : 0.035)) initial.occurredAt = this.mistypedTime(final.occurredAt);
    if (random.chance(0.025)) initial.location = this.mistypedLocation(final.location);
    const targets = final.involved.filter((p) => p.role === 'target');
    if (targets.length > 1 && random.chance(0.12)) {
      // One more person hit, found out later: the severity goes up with it.
      if (final.severity === 'minor') final.severity = 'moderate';
      initial.severity = lower(final.severity);
      initial.involved = final.involved.filter((p) => p !== targets[targets.length - 1]);
    }
    return initial;
  }

  /** A few days or weeks off; near the turn of a year often into the other year. */
  private mistypedTime(occurredAt: Date): Date {
    const random = this.random;
    const { year, month, day } = copenhagenParts(occurredAt);
    let shift = (random.chance(0.5) ? 1 : -1) * (1 + Math.floor(random.next() * 35)) * DAY;
    if (month === 0 && day <= 10 && year > this.firstYear) shift = -(day + Math.floor(random.next() * 5)) * DAY;
    else if (month === 11 && day >= 22) shift = (32 - day + Math.floor(random.next() * 5)) * DAY;
    const moved = occurredAt.getTime() + shift;
    if (moved >= this.start.getTime() && moved < this.end.getTime() - 2 * DAY) return new Date(moved);
    return new Date(Math.max(this.start.getTime(), occurredAt.getTime() - Math.abs(shift)));
  }

  /** Another institution (sometimes in another area), or for an off-duty incident another home area. */
  private mistypedLocation(location: Location): Location {
    const random = this.random;
    if (location.type === 'off-duty') return { type: 'off-duty', area: random.pick(AREAS.filter((a) => a !== location.area)) };
    const current = INSTITUTIONS.find((i) => i.slug === location.institution)!;
    const others = INSTITUTIONS.filter((i) => i.slug !== current.slug && i.type === current.type);
    const sameArea = others.filter((i) => i.area === current.area);
    const other = random.pick(sameArea.length && random.chance(0.5) ? sameArea : others.length ? others : [current]);
    const unit = other === current ? (location.unit === 'afdeling-a' ? 'afdeling-b' : 'afdeling-a') : location.unit;
    return { type: 'institution', area: other.area as Area, institution: other.slug, ...(unit ? { unit } : {}) };
  }

  private institution(area: Area, places: Weighted<Institution['type']>): Institution {
    const inArea = INSTITUTIONS.filter((i) => i.area === area);
    const choices = places.filter(([type]) => inArea.some((i) => i.type === type));
    const type = choices.length ? this.random.weighted(choices) : null;
    return this.random.pick(type ? inArea.filter((i) => i.type === type) : inArea);
  }

  private perpetrator(target: TargetGroup, kind: IncidentKind, institution: Institution | null): PerpetratorType {
    const random = this.random;
    if (kind === 'self-harm') return 'inmate';
    if (!institution)
      return random.weighted([
        ['relative', 2],
        ['unknown', 3],
        ['client', 2],
        ['inmate', 1],
      ] as const);
    if (institution.type === 'probation-office' || target === 'client')
      return random.weighted([
        ['client', 8],
        ['relative', 1],
        ['unknown', 1],
      ] as const);
    if (kind === 'near-miss' || kind === 'deviation')
      return random.weighted([
        ['inmate', 6],
        ['unknown', 3],
        ['other', 1],
      ] as const);
    return random.weighted([
      ['inmate', 8],
      ['relative', target === 'visitor' ? 2 : 0.3],
      ['unknown', 0.4],
      ['other', 0.3],
    ] as const);
  }

  /** Targets (two or three inmates now and then, sometimes two staff), perpetrator, a witness and the reporter. */
  private involved(kind: IncidentKind, target: TargetGroup, perpetrator: PerpetratorType, area: Area, institution: Institution | null): InvolvedPerson[] {
    const random = this.random;
    const inmates = institution ? this.inmates.get(institution.slug)! : [];
    const staff = this.staff.get(area)!;
    const distinct = (pool: string[], n: number, taken: string[] = []) => {
      const chosen: string[] = [];
      while (chosen.length < n) {
        const ref = random.pick(pool);
        if (!chosen.includes(ref) && !taken.includes(ref)) chosen.push(ref);
      }
      return chosen;
    };
    let targets: string[];
    if (target === 'inmate') {
      const many =
        kind === 'self-harm'
          ? 1
          : random.weighted([
              [1, 75],
              [2, 18],
              [3, 7],
            ] as const);
      targets = distinct(inmates, many);
    } else if (target === 'staff-on-duty' || target === 'staff-off-duty') {
      targets = distinct(staff, target === 'staff-on-duty' && kind !== 'deviation' && random.chance(0.12) ? 2 : 1);
    } else if (target === 'client') targets = [random.ref('KL')];
    else if (target === 'visitor') targets = [random.ref('BES')];
    else targets = [random.ref('PA')];
    const people: InvolvedPerson[] = targets.map((ref) => ({ ref, role: 'target' }));
    if (kind !== 'self-harm' && random.chance(0.75)) {
      if (perpetrator === 'inmate' && inmates.length) people.push({ ref: distinct(inmates, 1, targets)[0], role: 'perpetrator' });
      else if (perpetrator === 'inmate') people.push({ ref: random.ref('IN'), role: 'perpetrator' });
      else if (perpetrator === 'client') people.push({ ref: random.ref('KL'), role: 'perpetrator' });
      else if (perpetrator === 'relative') people.push({ ref: random.ref('PA'), role: 'perpetrator' });
    }
    if (institution && random.chance(0.3)) people.push({ ref: distinct(staff, 1, targets)[0], role: 'witness' });
    people.push({ ref: 'ST-REPORTER', role: 'reporter' }); // replaced by the reporting employee
    return people;
  }

  description(kind: IncidentKind, target: TargetGroup): string {
    const group = target === 'staff-on-duty' ? 'staff' : target;
    return this.random.pick(DESCRIPTIONS[`${kind}/${group}`] ?? DESCRIPTIONS[kind]);
  }
}

function lower(severity: Severity): Severity {
  return severity === 'critical' ? 'serious' : severity === 'serious' ? 'moderate' : 'minor';
}
