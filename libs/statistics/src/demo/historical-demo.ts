import { AREA_CODES } from '@vigil/integration-contracts';
import { institutionsInArea } from '@vigil/organisation';
import { HistoricalIncident } from '../domain/historical-incident';

const INSTITUTIONS: Record<string, string[]> = Object.fromEntries(AREA_CODES.map((area) => [area, institutionsInArea(area)]));

/** A small deterministic generator, so the demo's history is the same on every machine. */
class Lcg {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1664525 + 1013904223) % 4294967296;
    return this.state / 4294967296;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

const DAY = 86_400_000;

/**
 * A year of the previous register's records, as its export would hold them: staff episodes and
 * inmate episodes in the published proportions, some recorded late, some marked.
 */
export function historicalYear(year: number, seed = 2022): HistoricalIncident[] {
  const random = new Lcg(seed);
  const rows: HistoricalIncident[] = [];
  const start = Date.UTC(year, 0, 1);
  const add = (n: number, make: (i: number) => Omit<HistoricalIncident, 'legacyId' | 'occurredAt' | 'recordedAt' | 'status'>) => {
    for (let i = 0; i < n; i++) {
      const occurred = start + Math.floor(random.next() * 365) * DAY + Math.floor(random.next() * 20) * 3_600_000;
      const late = random.next();
      const delay = late < 0.02 ? 100 + random.next() * 60 : late < 0.07 ? 20 + random.next() * 60 : random.next() * 3;
      const status = random.next();
      rows.push({
        legacyId: `KSS-${year}-${String(rows.length + 1).padStart(5, '0')}`,
        occurredAt: new Date(occurred).toISOString(),
        recordedAt: new Date(occurred + delay * DAY + 3_600_000).toISOString(),
        ...make(i),
        status: status < 0.015 ? 'duplicate' : status < 0.025 ? 'not-reportable' : status < 0.03 ? 'exercise' : 'counted',
      });
    }
  };
  add(330, () => {
    const area = random.pick(AREA_CODES);
    return {
      kind: random.next() < 0.55 ? 'threat' : 'violence',
      target: 'staff-on-duty',
      perpetrator: random.next() < 0.92 ? 'inmate' : 'relative',
      locationType: 'institution',
      area,
      institution: random.pick(INSTITUTIONS[area]),
      staffTargets: random.next() < 0.15 ? 2 : 1,
      inmateTargets: 0,
    };
  });
  add(250, () => {
    const area = random.pick(AREA_CODES);
    return {
      kind: random.next() < 0.4 ? 'threat' : 'violence',
      target: 'inmate',
      perpetrator: 'inmate',
      locationType: 'institution',
      area,
      institution: random.pick(INSTITUTIONS[area]),
      staffTargets: 0,
      inmateTargets: random.next() < 0.12 ? (random.next() < 0.3 ? 3 : 2) : 1,
    };
  });
  add(60, () => ({
    kind: random.next() < 0.6 ? 'harassment' : 'threat',
    target: random.next() < 0.8 ? 'staff-off-duty' : 'staff-family',
    perpetrator: random.pick(['relative', 'unknown', 'client'] as const),
    locationType: 'off-duty',
    area: random.pick(AREA_CODES),
    institution: null,
    staffTargets: 1,
    inmateTargets: 0,
  }));
  return rows.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
}

/** The same records as the previous register's CSV export. */
export function historicalCsv(rows: readonly HistoricalIncident[]): string {
  const header = 'legacy_id,occurred_on,recorded_on,kind,target,perpetrator,location,area,institution,staff_targets,inmate_targets,status';
  const lines = rows.map((r) =>
    [
      r.legacyId,
      r.occurredAt,
      r.recordedAt,
      r.kind,
      r.target,
      r.perpetrator,
      r.locationType,
      r.area,
      r.institution ?? '',
      r.staffTargets,
      r.inmateTargets,
      r.status,
    ].join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}
