import { composeUpcasters, NO_UPCASTING, UpcasterMap } from './upcasters';

type Data = Record<string, unknown>;

/** A note type in three versions: v1 → v2 adds `tags`, v2 → v3 renames `text` to `body`. */
const NOTES: UpcasterMap = {
  'notes.noted.v1': (data) => ({ type: 'notes.noted.v2', data: { ...(data as Data), tags: [] } }),
  'notes.noted.v2': (data) => {
    const { text, ...rest } = data as Data;
    return { type: 'notes.noted.v3', data: { ...rest, body: text } };
  },
};

describe('composeUpcasters', () => {
  it('applies a chain of steps in order, keeping every other field of the event', () => {
    const upcast = composeUpcasters(NOTES);
    const stored = { type: 'notes.noted.v1', data: { noteId: 'n1', text: 'hej' }, globalPosition: 7n, metadata: { actor: 'ST-7K3Q9P' } };
    expect(upcast(stored)).toEqual({
      type: 'notes.noted.v3',
      data: { noteId: 'n1', body: 'hej', tags: [] },
      globalPosition: 7n,
      metadata: { actor: 'ST-7K3Q9P' },
    });
    // The middle of the chain reads on from where it stands.
    expect(upcast({ type: 'notes.noted.v2', data: { noteId: 'n1', text: 'hej', tags: ['x'] } }).data).toEqual({ noteId: 'n1', body: 'hej', tags: ['x'] });
  });

  it('leaves the stored event itself unchanged (no rewriting in place)', () => {
    const stored = { type: 'notes.noted.v1', data: { noteId: 'n1', text: 'hej' } };
    const before = structuredClone(stored);
    composeUpcasters(NOTES)(stored);
    expect(stored).toEqual(before);
  });

  it('passes an event already current untouched (the same object), and is idempotent', () => {
    const upcast = composeUpcasters(NOTES);
    const current = { type: 'notes.noted.v3', data: { noteId: 'n1', body: 'hej', tags: [] } };
    expect(upcast(current)).toBe(current);
    const unrelated = { type: 'other.thing-happened.v1', data: {} };
    expect(upcast(unrelated)).toBe(unrelated);
    const once = upcast({ type: 'notes.noted.v1', data: { noteId: 'n1', text: 'hej' } });
    expect(upcast(once)).toEqual(once);
    expect(NO_UPCASTING(once)).toBe(once);
  });

  it('composes the maps of several contexts', () => {
    const other: UpcasterMap = { 'tasks.task-added.v1': (data) => ({ type: 'tasks.task-added.v2', data: { ...(data as Data), priority: null } }) };
    const upcast = composeUpcasters(NOTES, other);
    expect(upcast({ type: 'tasks.task-added.v1', data: { taskId: 't' } })).toEqual({ type: 'tasks.task-added.v2', data: { taskId: 't', priority: null } });
    expect(upcast({ type: 'notes.noted.v1', data: { text: 'a' } }).type).toBe('notes.noted.v3');
  });

  it('refuses two contexts claiming one stored type, when composed', () => {
    const again: UpcasterMap = { 'notes.noted.v1': (data) => ({ type: 'notes.noted.v9', data }) };
    expect(() => composeUpcasters(NOTES, again)).toThrow('Two upcasters claim the stored event type notes.noted.v1');
  });

  it('refuses a step that returns its own type', () => {
    const upcast = composeUpcasters({ 'notes.noted.v1': (data) => ({ type: 'notes.noted.v1', data }) });
    expect(() => upcast({ type: 'notes.noted.v1', data: {} })).toThrow('The upcaster of notes.noted.v1 returns the same type');
  });

  it('refuses a chain that does not end (a cycle), instead of looping', () => {
    const upcast = composeUpcasters({
      'notes.noted.v1': (data) => ({ type: 'notes.noted.v2', data }),
      'notes.noted.v2': (data) => ({ type: 'notes.noted.v1', data }),
    });
    expect(() => upcast({ type: 'notes.noted.v1', data: {} })).toThrow(/does not end/);
  });
});
