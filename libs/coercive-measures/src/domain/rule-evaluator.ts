import { said, Words } from '@vigil/event-sourcing';
import { DeadlineRule, MaxGapBetweenNotes, Rule, RuleSet } from './rule-set';
import { PlacementTimeline, TimelinePoint } from './placement.timeline';
import { ruleWords } from './rule.words';

export const VERDICTS = ['kept', 'breached', 'not-yet-due', 'not-applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A proof of a verdict: a stream event (revision, id) or the evaluation moment itself. */
export interface Evidence {
  role: string;
  at: string;
  revision: number | null;
  eventId: string | null;
  type: string | null;
}

export interface RuleVerdict {
  ruleId: string;
  kind: Rule['kind'];
  description: string;
  /** What the rule asks, in words; the HTTP answer words it as `description` in the reader's language. */
  rule: Words;
  verdict: Verdict;
  /** When a not-yet-due rule turns into a breach unless something happens first. */
  dueBy: string | null;
  /** What a person reads about the verdict (durations in days and hours); the HTTP answer words it as `detail`. */
  words: Words;
  evidence: Evidence[];
}

export interface Evaluation {
  ruleSetVersion: number;
  evaluatedAt: string;
  verdicts: RuleVerdict[];
}

const MINUTE = 60_000;
const ms = (iso: string) => new Date(iso).getTime();
const minutes = (from: string, to: string) => ({ minutes: Math.round((ms(to) - ms(from)) / MINUTE) });
const term = (kind: 'fact' | 'point', name: string) => ({ term: `${kind}.${name}` });
const proof = (role: string, p: TimelinePoint): Evidence => ({ role, at: p.at, revision: p.revision, eventId: p.eventId, type: p.type });
const moment = (at: Date): Evidence => ({ role: 'evaluation-moment', at: at.toISOString(), revision: null, eventId: null, type: null });

/** Only what had happened by `at` counts: later facts are unknown to an evaluation at that moment. */
function asOf(timeline: PlacementTimeline, at: Date): PlacementTimeline {
  const known = (p: TimelinePoint | undefined) => p !== undefined && ms(p.at) <= at.getTime();
  const facts = Object.fromEntries(Object.entries(timeline.facts).filter(([, p]) => known(p)));
  return { ...timeline, notes: timeline.notes.filter(known), facts };
}

function notesRule(rule: MaxGapBetweenNotes, t: PlacementTimeline, at: Date): Omit<RuleVerdict, 'ruleId' | 'kind' | 'description' | 'rule'> {
  const notes = [...t.notes].sort((a, b) => ms(a.at) - ms(b.at) || a.revision - b.revision);
  const points: Evidence[] = [proof('start', t.started), ...notes.map((n) => proof('note', n))];
  points.push(t.facts.ended ? proof('end', t.facts.ended) : moment(at));
  let longest = { from: points[0], to: points[1], gap: -1 };
  for (let i = 1; i < points.length; i++) {
    const gap = ms(points[i].at) - ms(points[i - 1].at);
    if (gap > longest.gap) longest = { from: points[i - 1], to: points[i], gap };
  }
  const limit = rule.maxGapMinutes * MINUTE;
  const gap = {
    gap: minutes(longest.from.at, longest.to.at),
    from: term('point', longest.from.role),
    to: term('point', longest.to.role),
    limit: { minutes: rule.maxGapMinutes },
    notes: notes.length,
  };
  if (longest.gap > limit) return { verdict: 'breached', dueBy: null, words: said('verdict.notes-breached', gap), evidence: [longest.from, longest.to] };
  if (t.facts.ended) return { verdict: 'kept', dueBy: null, words: said('verdict.notes-kept', gap), evidence: [longest.from, longest.to] };
  const last = points[points.length - 2];
  return {
    verdict: 'not-yet-due',
    dueBy: new Date(ms(last.at) + limit).toISOString(),
    words: said('verdict.notes-ongoing', gap),
    evidence: [longest.from, longest.to],
  };
}

function deadlineRule(rule: DeadlineRule, t: PlacementTimeline, at: Date): Omit<RuleVerdict, 'ruleId' | 'kind' | 'description' | 'rule'> {
  if (rule.appliesTo === 'restrained' && !t.restrained)
    return { verdict: 'not-applicable', dueBy: null, words: said('verdict.not-restrained'), evidence: [proof('start', t.started)] };
  const anchor = rule.anchor === 'start' ? t.started : t.facts.ended;
  if (!anchor)
    return {
      verdict: 'not-yet-due',
      dueBy: null,
      words: said('verdict.due-after-end', { fact: term('fact', rule.fact), within: { minutes: rule.withinMinutes } }),
      evidence: [proof('start', t.started)],
    };
  const deadline = new Date(ms(anchor.at) + rule.withinMinutes * MINUTE).toISOString();
  const fact = t.facts[rule.fact];
  if (fact && ms(fact.at) <= ms(deadline))
    return {
      verdict: 'kept',
      dueBy: null,
      words: said('verdict.kept', { fact: term('fact', rule.fact), after: minutes(anchor.at, fact.at), anchor: term('point', rule.anchor) }),
      evidence: [proof(rule.anchor, anchor), proof(rule.fact, fact)],
    };
  if (fact)
    return {
      verdict: 'breached',
      dueBy: null,
      words: said('verdict.late', { fact: term('fact', rule.fact), late: minutes(deadline, fact.at), due: { at: deadline } }),
      evidence: [proof(rule.anchor, anchor), proof(rule.fact, fact)],
    };
  if (at.getTime() > ms(deadline))
    return {
      verdict: 'breached',
      dueBy: null,
      words: said('verdict.missing', { fact: term('fact', rule.fact), at: { at: at.toISOString() }, due: { at: deadline } }),
      evidence: [proof(rule.anchor, anchor), moment(at)],
    };
  return {
    verdict: 'not-yet-due',
    dueBy: deadline,
    words: said('verdict.due-by', { fact: term('fact', rule.fact), due: { at: deadline } }),
    evidence: [proof(rule.anchor, anchor)],
  };
}

/**
 * Judges a case's timeline by a rule set at a moment. Pure: the same timeline, rules and moment
 * always give the same verdicts, and a verdict can move from not-yet-due to breached with time alone.
 */
export function evaluate(ruleSet: RuleSet, timeline: PlacementTimeline, at: Date): Evaluation {
  const known = asOf(timeline, at);
  const started = ms(timeline.started.at) <= at.getTime();
  const verdicts = ruleSet.rules.map((rule): RuleVerdict => {
    const head = { ruleId: rule.id, kind: rule.kind, description: rule.description, rule: ruleWords(rule) };
    if (!started) return { ...head, verdict: 'not-yet-due', dueBy: null, words: said('verdict.not-started'), evidence: [] };
    return { ...head, ...(rule.kind === 'max-gap-between-notes' ? notesRule(rule, known, at) : deadlineRule(rule, known, at)) };
  });
  return { ruleSetVersion: ruleSet.version, evaluatedAt: at.toISOString(), verdicts };
}
