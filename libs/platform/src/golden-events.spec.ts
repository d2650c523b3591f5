import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS, UPCAST } from './contexts';
import { evolve, initial, IncidentState } from '../../incidents/src/domain/incident.state';
import { IncidentEvent } from '../../incidents/src/domain/incident.events';
import { decide as closeIncident } from '../../incidents/src/close-incident/close-incident.decide';
import { reported } from '../../incidents/src/domain/incident.test-kit';
import { DECIDED_EXAMPLES } from './golden-events.test-kit';

/**
 * Golden event fixtures: one stored example per event type version, in libs/<context>/src/domain/__golden__/
 * (written once by `tools/golden-events.mjs` from the demo store, or from real decider output by this spec's write mode;
 * a new version's file is added beside the old one). Stored events are never rewritten, so every version ever emitted
 * must keep reading.
 *
 * Write mode: `VIGIL_WRITE_GOLDEN=1 npx jest --selectProjects unit libs/platform/src/golden-events.spec.ts` writes the
 * golden file of every event type the scenarios in `golden-events.test-kit.ts` emit and that has none yet (an existing
 * golden file is never overwritten: it is what an older version stored); then `npx prettier --write` the new files.
 */
const WRITE_GOLDEN = process.env.VIGIL_WRITE_GOLDEN === '1';
const TYPE_LITERAL = /'([a-z-]+\.[a-z-]+\.v\d+)'/g;
const TEMPLATE_TYPE = /type E<T extends string, D> = \{ type: `([a-z-]+)\.\$\{T\}\.v(\d+)`/;

interface Golden {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

function domainDir(context: string): string {
  return join(__dirname, '..', '..', context, 'src', 'domain');
}

/** The event types a context's domain code names (its events files and deciders), read from the source. */
function declaredTypes(context: string): Set<string> {
  const types = new Set<string>();
  for (const file of readdirSync(domainDir(context)).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const source = readFileSync(join(domainDir(context), file), 'utf8');
    for (const match of source.matchAll(TYPE_LITERAL)) if (match[1].startsWith(`${context}.`)) types.add(match[1]);
    const template = TEMPLATE_TYPE.exec(source);
    if (template) for (const match of source.matchAll(/E<'([a-z-]+)'/g)) types.add(`${template[1]}.${match[1]}.v${template[2]}`);
  }
  return types;
}

function goldens(context: string): Golden[] {
  const dir = join(domainDir(context), '__golden__');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Golden);
}

const WITH_EVENTS = CONTEXTS.map((c) => c.name);

/** Every decided example, run once: [scenario, event]. */
const DECIDED = Object.entries(DECIDED_EXAMPLES).flatMap(([scenario, decide]) => decide().map((event) => [scenario, event] as const));

if (WRITE_GOLDEN) {
  for (const [, event] of DECIDED) {
    const dir = join(domainDir(event.type.split('.')[0]), '__golden__');
    const file = join(dir, `${event.type}.json`);
    if (existsSync(file)) continue;
    mkdirSync(dir, { recursive: true });
    // The stored shape: the type and the data as the store keeps them (canonical order is the store's business).
    writeFileSync(file, JSON.stringify({ type: event.type, data: event.data }, null, 2) + '\n');
    console.log(`wrote ${file}`);
  }
}

describe.each(WITH_EVENTS)('golden events of %s', (context) => {
  const files = goldens(context);
  const declared = declaredTypes(context);

  // (a) Protects against a new event type or version shipped without a stored example: nothing would then
  // notice a later change to its shape.
  it('has a golden file for every event type its domain declares', () => {
    const missing = [...declared].filter((type) => !files.some((g) => g.type === type));
    expect(missing).toEqual([]);
  });

  // (b) Protects the upcasters: every stored version read through the chain ends at a type the domain still
  // declares (a current version), and with data (the chain is pure and total over what was ever stored).
  it('reads every golden file, of any version, as a current event type', () => {
    for (const golden of files) {
      const current = UPCAST(golden);
      expect(declared).toContain(current.type);
      expect(current.data).toEqual(expect.any(Object));
    }
  });
});

describe('golden incident events against the incident model', () => {
  const files = goldens('incidents');
  const byType = new Map(files.map((g) => [g.type, g]));

  // (b) Every golden incident event, upcast, folds through `evolve` after the report without throwing, and the
  // result is a reported incident: a renamed or retyped field the fold relies on breaks here.
  it('folds each golden file after the golden report', () => {
    const report = UPCAST(byType.get('incidents.incident-reported.v1')!) as IncidentEvent;
    const opened = evolve(initial, report);
    expect(opened.status).toBe('open');
    for (const golden of files) {
      const state: IncidentState = evolve(opened, UPCAST(golden) as IncidentEvent);
      expect(state.status).not.toBe('none');
    }
  });

  // (c) The TypeScript event types still accept the golden data: the deciders (typed by those event types) emit the
  // same fields with the same kinds of values as the golden file of the version they emit. Changing an event type's
  // shape without a new version (and a new golden file) breaks this.
  it.each([
    ['incidents.incident-reported.v1', [reported()]],
    ['incidents.incident-closed.v2', closeIncident({ incidentId: 'i', outcome: 'Afsluttet', actor: 'ST-7K3Q9P' }, evolve(initial, reported()))],
  ] as const)('the decider still emits the shape of %s', (type, emitted) => {
    expect(emitted[0].type).toBe(type);
    expect(shape(emitted[0].data)).toEqual(shape(byType.get(type)!.data));
  });
});

describe('golden events against the deciders', () => {
  const byType = new Map(WITH_EVENTS.flatMap((context) => goldens(context)).map((g) => [g.type, g]));

  // (c) for every context: what the deciders emit today has the shape of the golden file of that type and version, so a
  // field renamed, dropped or retyped without a new version (and its golden file) breaks here.
  it.each(DECIDED.map(([scenario, event]) => [event.type, scenario, event] as const))('%s (%s) has its golden shape', (type, _scenario, event) => {
    const golden = byType.get(type);
    expect(golden).toBeDefined();
    expect(shape(event.data)).toEqual(shape(golden!.data));
  });
});

/** Field names and value kinds (recursively), ignoring optional fields the example left out: the shape, not the values. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => !OPTIONAL.has(key));
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  }
  return value === null ? 'null' : typeof value;
}

/** Optional fields of the incident events: a golden example may or may not carry them. */
const OPTIONAL = new Set(['unit']);
