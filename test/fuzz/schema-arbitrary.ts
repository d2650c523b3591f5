import fc from 'fast-check';

/** The part of an OpenAPI 3 schema the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
}

export type Components = Record<string, Schema>;

const NASTY = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '💥',
  "Robert'); DROP TABLE event_store.events;--",
  '%s%n',
  '../../etc/passwd',
  '<script>x</script>',
  'ﬀ'.repeat(300),
];

/** A value the schema asks for, mostly plausible, sometimes at its edges. */
export function valid(schema: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return valid(components[schema.$ref.split('/').pop()!], components, depth);
  if (schema.allOf) return valid(Object.assign({}, ...schema.allOf.map((s) => resolve(s, components))), components, depth);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s) => valid(s, components, depth)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.example !== undefined && depth > 0) return fc.oneof(fc.constant(schema.example), primitive(schema));
  if (schema.type === 'object' || schema.properties) {
    if (depth > 5) return fc.constant({});
    const entries = Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valid(s, components, depth + 1)] as const);
    return fc.record(Object.fromEntries(entries), { requiredKeys: (schema.required ?? []).filter((k) => schema.properties?.[k]) });
  }
  if (schema.type === 'array') return depth > 5 ? fc.constant([]) : fc.array(valid(schema.items ?? {}, components, depth + 1), { maxLength: 3 });
  return primitive(schema);
}

function primitive(schema: Schema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 10_000, 10_000) });
    case 'number':
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    default:
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time')
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY));
  }
}

function resolve(schema: Schema, components: Components): Schema {
  return schema.$ref ? resolve(components[schema.$ref.split('/').pop()!], components) : schema;
}

/** Anything at all where a value of the schema should be: wrong types, nasty strings, deep nesting, prototype keys. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1e308,
    JSON.parse('99999999999999999999') as number,
    '',
    'not-a-date',
    '2026-02-30T25:61:00Z',
    'ST-7K3Q9P',
    'x'.repeat(5_000),
    ...NASTY,
  ),
  fc.constant(nest(3000)),
  fc.constant(JSON.parse('{"__proto__":{"admin":true}}')),
  fc.constant({ constructor: { prototype: { admin: true } } }),
  fc.jsonValue({ maxDepth: 3 }),
);

function nest(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** A valid body, then broken one way: a field dropped, replaced by something hostile, or an unknown field added. */
export function mutated(schema: Schema, components: Components): fc.Arbitrary<unknown> {
  const base = valid(schema, components);
  return fc.oneof(
    base,
    fc.tuple(base, fc.nat(), hostile).map(([body, i, bad]) => replaceOne(body, i, bad)),
    fc.tuple(base, fc.nat()).map(([body, i]) => dropOne(body, i)),
    fc.tuple(base, fc.string({ minLength: 1, maxLength: 12 }), hostile).map(([body, key, bad]) => (isObject(body) ? { ...body, [`x-${key}`]: bad } : body)),
    hostile,
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function replaceOne(body: unknown, i: number, bad: unknown): unknown {
  if (!isObject(body)) return bad;
  const keys = Object.keys(body);
  if (!keys.length) return body;
  const key = keys[i % keys.length];
  return { ...body, [key]: isObject(body[key]) && i % 2 ? replaceOne(body[key], i >> 1, bad) : bad };
}

function dropOne(body: unknown, i: number): unknown {
  if (!isObject(body)) return body;
  const keys = Object.keys(body);
  if (!keys.length) return body;
  const { [keys[i % keys.length]]: _dropped, ...rest } = body;
  return rest;
}
