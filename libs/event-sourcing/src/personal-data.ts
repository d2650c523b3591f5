/**
 * Which fields of an event type hold personal data, declared next to the event types (Verraes's "forgettable
 * payloads"). `personal` fields are sealed with the record's data key before they are stored and read as "erased" once
 * the key is destroyed; `plain` names free-text fields that were looked at and hold no personal data (template titles,
 * rule sources). A test fails for a free-text field declared neither way.
 *
 * A path is dot-separated; `[]` walks every element of an array, `[field=value]` only the elements whose `field` is
 * `value` (an incident correction's `changes[field=description].to`).
 */
export interface PersonalDataDeclaration {
  readonly personal: readonly string[];
  readonly plain?: readonly string[];
}

/** Keyed by the stored event type (`incidents.incident-reported.v1`). */
export type PersonalDataMap = Readonly<Record<string, PersonalDataDeclaration>>;

/** A string leaf at a declared path: its value and where it is (`involved[2].note`), for the sealing's bound data. */
export type LeafMapper = (value: string, at: string) => string;

/** A copy of `data` with `map` applied to every string at one of the paths; anything else is left as it is. */
export function mapDeclaredStrings(data: unknown, paths: readonly string[], map: LeafMapper): unknown {
  let result = data;
  for (const path of paths) result = mapPath(result, parsePath(path), '', map);
  return result;
}

/** Every string at one of the paths, with where it is. */
export function declaredStrings(data: unknown, paths: readonly string[]): { value: string; at: string }[] {
  const found: { value: string; at: string }[] = [];
  mapDeclaredStrings(data, paths, (value, at) => {
    found.push({ value, at });
    return value;
  });
  return found;
}

type Step = { kind: 'key'; key: string } | { kind: 'each'; where?: { field: string; value: string } };

function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!match) throw new Error(`Personal-data path "${path}" is not of the form a.b[].c or a[field=value].b`);
    if (match[1]) steps.push({ kind: 'key', key: match[1] });
    for (const selector of match[2].match(/\[[^\]]*\]/g) ?? []) {
      const inner = selector.slice(1, -1);
      const [field, value] = inner.split('=');
      steps.push(inner ? { kind: 'each', where: { field, value } } : { kind: 'each' });
    }
  }
  return steps;
}

function mapPath(value: unknown, steps: readonly Step[], at: string, map: LeafMapper): unknown {
  if (steps.length === 0) return typeof value === 'string' ? map(value, at) : value;
  const [step, ...rest] = steps;
  if (step.kind === 'key') {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !(step.key in value)) return value;
    const record = value as Record<string, unknown>;
    const mapped = mapPath(record[step.key], rest, at ? `${at}.${step.key}` : step.key, map);
    return mapped === record[step.key] ? value : { ...record, [step.key]: mapped };
  }
  if (!Array.isArray(value)) return value;
  let changed = false;
  const items = value.map((item, i) => {
    const where = step.where;
    if (where && !(item !== null && typeof item === 'object' && (item as Record<string, unknown>)[where.field] === where.value)) return item;
    const mapped = mapPath(item, rest, `${at}[${i}]`, map);
    if (mapped !== item) changed = true;
    return mapped;
  });
  return changed ? items : value;
}
