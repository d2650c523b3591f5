import { Area } from '../domain/incident.vocabulary';
import { DemoFacts, Facts } from './demo-facts';
import { EpisodeStream, NOT_REPORTABLE, OUTCOMES, POLICE_DISTRICTS, STAFF, STREAMS } from './demo-incidents.data';
import { DemoRandom } from './demo-random';
import { copenhagenDate, copenhagenParts, Timeline, yearShare } from './demo-time';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A reported incident and what happened to it afterwards, each step with its recording time. */
export interface DemoStep {
  at: Date;
  actor: string;
  command: string;
  fields: Record<string, unknown>;
}

/** An incident as it ends up in the demo, with what its last steps need to know. */
interface Planned {
  incidentId: string;
  reportedAt: Date;
  steps: DemoStep[];
}

/**
 * Incidents occurring from 1 January three years before `end`'s year up to `end`: three full
 * calendar years and this year to date, for year-on-year figures on first start. About 900 a
 * year. Each comes with what happened to it afterwards, recorded at its own time, never after
 * `end`: late registrations across the year end (some after 9 January, a few after 1 April of
 * the next year), reclassifications, corrections of time and place, duplicates, not-reportable
 * markings, reopenings and closings. The same `end` and `seed` give the same incidents.
 */
export function demoYears(end: Date, seed = 2015): DemoStep[][] {
  return new DemoYears(end, seed).generate();
}

class DemoYears {
  private readonly random: DemoRandom;
  private readonly people: DemoFacts;
  private readonly firstYear: number;
  private readonly lastYear: number;
  private readonly incidents: DemoStep[][] = [];

  constructor(
    private readonly end: Date,
    seed: number,
  ) {
    this.random = new DemoRandom(seed);
    this.lastYear = copenhagenParts(end).year;
    this.firstYear = this.lastYear - 3;
    this.people = new DemoFacts(this.random, seed, this.firstYear, end);
  }

  generate(): DemoStep[][] {
    const random = this.random;
    /** The last counted episode per stream and area, for the occasional report wrongly taken for its duplicate. */
    const previous = new Map<string, Planned>();
    const volumes = new Map<string, number>();
    for (const stream of STREAMS) {
      for (const [area, base] of Object.entries(stream.perArea) as [Area, number][]) {
        for (let year = this.firstYear; year <= this.lastYear; year++) {
          const trend = (1 + (stream.trend?.[area] ?? 0)) ** (year - this.firstYear);
          const noise = 1 + (random.next() - 0.5) * (stream.jitter ?? 0);
          volumes.set(`${stream.name}/${area}/${year}`, base * trend * noise);
        }
      }
    }
    for (let year = this.firstYear; year <= this.lastYear; year++) {
      for (let month = 0; month < 12; month++) {
        const from = copenhagenDate(year, month, 1);
        if (from.getTime() >= this.end.getTime()) break;
        const to = new Date(Math.min(copenhagenDate(year, month + 1, 1).getTime(), this.end.getTime()));
        for (const stream of STREAMS) {
          for (const area of Object.keys(stream.perArea) as Area[]) {
            // Rounded cumulatively, so any run of months (a year to date too) follows the yearly figure.
            const volume = volumes.get(`${stream.name}/${area}/${year}`)!;
            const count = Math.round(volume * yearShare(year, to)) - Math.round(volume * yearShare(year, from));
            for (let i = 0; i < count; i++) {
              const key = `${stream.name}/${area}`;
              const planned = this.episode(stream, area, from, to, previous.get(key));
              if (planned) previous.set(key, planned);
              // A few reports are later found not to be incidents at all (on top of the counted ones).
              if (random.chance(0.015)) this.notReportable(stream, area, from, to);
            }
          }
        }
      }
    }
    return this.incidents;
  }

  /** One counted episode, its follow-ups and perhaps a second report of it; null when not yet reported by `end`. */
  private episode(stream: EpisodeStream, area: Area, from: Date, to: Date, previous: Planned | undefined): Planned | null {
    const random = this.random;
    const final = this.people.facts(stream, area, this.occurrence(from, to));
    const initial = this.people.initialFacts(stream, final);
    const reportedAt = this.reportTime(initial.occurredAt > final.occurredAt ? initial.occurredAt : final.occurredAt);
    if (!reportedAt) return null;
    const reporter = random.pick(STAFF);
    const incidentId = random.uuid();
    const steps: DemoStep[] = [this.report(incidentId, reporter, reportedAt, initial)];
    this.incidents.push(steps);
    const planned: Planned = { incidentId, reportedAt, steps };
    const actor = random.pick(STAFF);
    const review = this.review(final.occurredAt);
    const timeline = new Timeline(this.end, reportedAt);
    // Once a step would come after `end`, the timeline gives no further times: the rest has not happened yet.
    const push = (at: Date | null, command: string, fields: Record<string, unknown>) => {
      if (at) steps.push({ at, actor, command, fields });
    };
    // What was wrong in the first report is put right either while the incident is handled or at the year-end review.
    const fixes: { late: boolean; command: string; fields: Record<string, unknown> }[] = [];
    const morePeople = initial.involved.length !== final.involved.length;
    if (initial.severity !== final.severity && !morePeople) {
      fixes.push({
        late: false,
        command: 'correct',
        fields: { corrections: { severity: final.severity }, reason: 'Skadens omfang viste sig større ved lægeundersøgelsen.' },
      });
    }
    if (initial.kind !== final.kind || initial.target !== final.target) {
      fixes.push({
        late: random.chance(0.35),
        command: 'reclassify',
        fields: {
          ...(initial.kind !== final.kind ? { kind: final.kind } : {}),
          ...(initial.target !== final.target ? { target: final.target } : {}),
          reason: reclassifyReason(initial, final),
        },
      });
    }
    if (initial.occurredAt.getTime() !== final.occurredAt.getTime()) {
      fixes.push({
        late: random.chance(0.3),
        command: 'correct',
        fields: { corrections: { occurredAt: final.occurredAt.toISOString() }, reason: 'Tidspunktet rettet efter gennemgang af vagtrapporten.' },
      });
    }
    if (JSON.stringify(initial.location) !== JSON.stringify(final.location)) {
      fixes.push({
        late: random.chance(0.3),
        command: 'correct',
        fields: {
          corrections: { location: final.location },
          reason: final.location.type === 'off-duty' ? 'Medarbejderens område rettet.' : 'Forkert institution valgt ved indberetningen.',
        },
      });
    }
    if (morePeople) {
      fixes.push({
        late: random.chance(0.2),
        command: 'correct',
        fields: {
          corrections: { involved: final.involved, severity: final.severity },
          reason: 'Endnu en ramt person kom frem ved den opfølgende samtale; alvorligheden hævet.',
        },
      });
    }
    for (const fix of fixes.filter((f) => !f.late)) push(timeline.after(random, 1, 20), fix.command, fix.fields);
    if ((final.kind === 'violence' || final.kind === 'threat') && random.chance(0.45)) {
      const at = timeline.after(random, 0.1, 3);
      push(at, 'police', { reportedAt: at?.toISOString(), policeDistrict: random.pick(POLICE_DISTRICTS[area] ?? ['Politiet']) });
    }
    // Rarely, a counted incident is taken for something it is not and then counted again.
    if (previous && random.chance(0.004)) {
      const at = timeline.after(random, 1, 10, previous.reportedAt);
      push(at, 'mark-duplicate', { duplicateOf: previous.incidentId, reason: 'Synes at være samme episode som en tidligere indberetning.' });
      push(timeline.after(random, 5, 60), 'reopen', { reason: 'Ikke samme episode: to forskellige hændelser samme dag.' });
    } else if (random.chance(0.004)) {
      push(timeline.after(random, 1, 15), 'not-reportable', { reason: 'Vurderet som uden for definitionen af en hændelse.' });
      push(timeline.after(random, 10, 90), 'reopen', { reason: 'Er alligevel omfattet af definitionen efter fornyet vurdering.' });
    }
    if (random.chance(0.88)) {
      push(timeline.after(random, 1, 45), 'close', { outcome: random.pick(OUTCOMES) });
      if (random.chance(0.03)) {
        push(timeline.after(random, 10, 60), 'reopen', { reason: 'Nye oplysninger fra politiet.' });
        if (random.chance(0.7)) push(timeline.after(random, 5, 30), 'close', { outcome: 'Sagen genvurderet og afsluttet på ny.' });
      }
    }
    for (const fix of fixes.filter((f) => f.late)) push(timeline.at(random, review), fix.command, fix.fields);
    // About 1-2 % are reported twice, by two employees, and the second report is later marked as the duplicate.
    if (random.chance(0.018)) this.duplicate(incidentId, reporter, reportedAt, initial, review);
    return planned;
  }

  private duplicate(originalId: string, originalReporter: string, originalAt: Date, facts: Facts, review: Date): void {
    const random = this.random;
    const reportedAt = new Date(originalAt.getTime() + HOUR + random.next() * random.pick([1, 3, 10]) * DAY);
    if (reportedAt.getTime() > this.end.getTime() - MINUTE) return;
    const reporter = random.pick(STAFF.filter((s) => s !== originalReporter));
    const involved = [...facts.involved.filter((p) => p.role !== 'reporter'), { ref: reporter, role: 'reporter' as const }];
    const incidentId = random.uuid();
    const steps = [this.report(incidentId, reporter, reportedAt, { ...facts, involved, description: this.people.description(facts.kind, facts.target) })];
    const timeline = new Timeline(this.end, reportedAt);
    const at = random.chance(0.35) ? timeline.at(random, review) : timeline.after(random, 1, 30);
    if (at) {
      steps.push({
        at,
        actor: random.pick(STAFF),
        command: 'mark-duplicate',
        fields: { duplicateOf: originalId, reason: 'Samme episode er indberettet af to medarbejdere.' },
      });
    }
    this.incidents.push(steps);
  }

  /** A report that turns out not to be an incident at all: not counted once it is marked. */
  private notReportable(stream: EpisodeStream, area: Area, from: Date, to: Date): void {
    const random = this.random;
    const facts = this.people.facts(stream, area, this.occurrence(from, to));
    const reportedAt = this.reportTime(facts.occurredAt);
    if (!reportedAt) return;
    const steps = [this.report(random.uuid(), random.pick(STAFF), reportedAt, facts)];
    const timeline = new Timeline(this.end, reportedAt);
    const actor = random.pick(STAFF);
    if (random.chance(0.3)) {
      const closed = timeline.after(random, 1, 30);
      if (closed) steps.push({ at: closed, actor, command: 'close', fields: { outcome: random.pick(OUTCOMES) } });
    }
    const at = random.chance(0.3) ? timeline.at(random, this.review(facts.occurredAt)) : timeline.after(random, 1, 20);
    if (at) steps.push({ at, actor, command: 'not-reportable', fields: { reason: random.pick(NOT_REPORTABLE) } });
    this.incidents.push(steps);
  }

  private report(incidentId: string, reporter: string, at: Date, facts: Facts): DemoStep {
    return {
      at,
      actor: reporter,
      command: 'report',
      fields: {
        incidentId,
        kind: facts.kind,
        target: facts.target,
        perpetrator: facts.perpetrator,
        location: facts.location,
        severity: facts.severity,
        injuries: facts.injuries,
        occurredAt: facts.occurredAt.toISOString(),
        description: facts.description,
        involved: facts.involved.map((p) => (p.role === 'reporter' ? { ...p, ref: reporter } : p)),
      },
    };
  }

  /** A time within [from, to), in the daytime more often than at night, at least three hours before `end`. */
  private occurrence(from: Date, to: Date): Date {
    const random = this.random;
    const limit = Math.min(to.getTime(), this.end.getTime() - 3 * HOUR);
    const day = from.getTime() + Math.floor(random.next() * Math.max(1, (limit - from.getTime()) / DAY)) * DAY;
    const hour = random.weighted([
      [0, 1],
      [6, 3],
      [12, 4],
      [18, 2],
    ] as const);
    const at = day + (hour + random.next() * 6) * HOUR;
    return new Date(at < limit ? at : from.getTime() + random.next() * (limit - from.getTime()));
  }

  /**
   * When it was reported: mostly the same day, some weeks or months later. Incidents of November
   * and December are often registered only after the new year, some after 1 April. Null when that
   * lies after `end` (not known yet).
   */
  private reportTime(occurredAt: Date): Date | null {
    const random = this.random;
    const month = copenhagenParts(occurredAt).month;
    const [min, max] =
      month >= 10 && random.chance(0.16)
        ? [60, 150]
        : random.weighted([
            [[0.02, 0.4], 68],
            [[1, 4], 20],
            [[7, 28], 7],
            [[30, 90], 3.5],
            [[90, 210], 1.5],
          ] as const);
    const at = occurredAt.getTime() + HOUR + (min + random.next() * (max - min)) * DAY;
    return at < this.end.getTime() - MINUTE ? new Date(at) : null;
  }

  /** A day of the year-end review: between 10 January and the end of April of the following year. */
  private review(occurredAt: Date): Date {
    const year = copenhagenParts(occurredAt).year;
    return new Date(copenhagenDate(year + 1, 0, 10, 8 * 60).getTime() + this.random.next() * 110 * DAY);
  }
}

function reclassifyReason(initial: Facts, final: Facts): string {
  if (initial.target !== final.target)
    return final.target === 'inmate' ? 'Det var en medindsat, ikke personalet, der blev ramt.' : 'Handlingen var rettet mod personalet, ikke mod en medindsat.';
  if (final.kind === 'harassment') return 'Gennemgang i sikkerhedsudvalget: gentagne henvendelser, ikke en konkret trussel.';
  return 'Ingen fysisk kontakt; hændelsen var en trussel om vold.';
}
