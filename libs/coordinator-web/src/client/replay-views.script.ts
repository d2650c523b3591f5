/**
 * The auditor's page's views of a moment: a record with no time view of its own as its events state it, an action-card
 * run's steps, a placement's rule verdicts with the events that prove them, and whether the store verifies.
 */
export const REPLAY_VIEWS_JS = String.raw`
/**
 * A record with no time view of its own, as its own events up to the moment state it: the first event's facts, then each
 * later kind of event under its name in words (the latest of each, or all of them where there were several).
 */
function foldedView(events) {
  const own = events.filter((event) => event.streamId.endsWith(record.id));
  const withoutIds = (data) => {
    const kept = {};
    for (const key of Object.keys(data)) if (!/Id$/.test(key)) kept[key] = data[key];
    return kept;
  };
  const state = {};
  const later = {};
  own.forEach((event, i) => {
    const data = withoutIds(parsed(event.dataText));
    if (i === 0) return Object.assign(state, data);
    (later[eventName(event.type)] = later[eventName(event.type)] || []).push(data);
  });
  const groups = Object.keys(later).map((name) => [h('dt', {}, name), h('dd', {}, valueView(later[name].length === 1 ? later[name][0] : later[name], 1))]);
  return [
    h('p', { class: 'muted' }, 'As its own events up to this moment record it (this kind of record has no time view of its own).'),
    valueView(state),
    groups.length ? h('dl', { class: 'known' }, groups) : null,
  ];
}

/** An action-card run as it stood: the card, and each step's deadline and what had happened to it by then. */
function runView(events) {
  let started = null;
  const steps = {};
  let status = 'open';
  for (const event of events) {
    const data = parsed(event.dataText);
    const name = event.type.replace(/^[a-z-]+\./, '').replace(/\.v\d+$/, '');
    if (name === 'run-started') started = data;
    else if (name === 'run-completed') status = 'completed ' + new Date(data.completedAt || event.recordedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    else if (name === 'run-reopened') status = 'open again';
    if (!data.stepId) continue;
    const words = name === 'step-completed' ? ['done', data.completedAt, data.completedBy, data.note]
      : name === 'step-skipped' ? ['skipped', data.skippedAt, data.skippedBy, data.justification]
      : name === 'step-reopened' ? ['reopened', event.recordedAt, data.reopenedBy, data.reason]
      : name === 'step-became-overdue' ? ['overdue since', data.dueAt, null, null]
      : name === 'step-escalated' ? ['escalated to the ' + roleName(data.escalatedTo), data.escalateAt, null, null]
      : name === 'step-assigned' ? ['given to ' + (data.assignee && data.assignee.kind === 'person' ? data.assignee.ref : roleName(data.assignee && data.assignee.role)), event.recordedAt, null, null]
      : null;
    if (words) (steps[data.stepId] = steps[data.stepId] || []).push(words);
  }
  if (!started) return h('p', { class: 'muted' }, 'The run had not started by this moment.');
  const card = started.card || {};
  return [
    h('dl', { class: 'known' },
      h('dt', {}, 'Card'), h('dd', {}, card.title || started.templateId, ' (version ' + started.templateVersion + ')'),
      h('dt', {}, 'Started'), h('dd', {}, when(started.startedAt), ' by ', started.startedBy, started.trigger && started.trigger.type !== 'manual' ? ' for the ' + codeWords(started.trigger.type) : ''),
      h('dt', {}, 'Where'), h('dd', {}, started.institution || areaName(started.area)),
      h('dt', {}, 'Exercise'), h('dd', {}, started.trigger && started.trigger.exercise ? 'yes' : 'no'),
      h('dt', {}, 'Status'), h('dd', { id: 'run-status' }, status)),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Steps of the run' },
      h('table', { id: 'run-steps' },
        h('thead', {}, h('tr', {}, ['Step', 'Deadline', 'Whose', 'By this moment'].map((name) => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, (card.steps || []).map((step) => {
          const happened = steps[step.id] || [];
          const dueAt = new Date(Date.parse(started.startedAt) + (step.deadlineMinutes || 0) * 60000).toISOString();
          return h('tr', { 'data-step': step.id },
            h('th', { scope: 'row' }, step.title),
            h('td', {}, step.deadlineMinutes ? spanWords(step.deadlineMinutes * 60000) + ' after the start' : isoSpanWords(step.deadline) || 'none'),
            h('td', {}, roleName(step.responsibleRole)),
            h('td', { class: 'step-then' }, happened.length
              ? happened.map((w, i) => [i ? '; ' : '', w[0], ' ', when(w[1]), w[2] ? ' by ' + w[2] : '', w[3] ? ' (' + w[3] + ')' : ''])
              : ['open, due ', when(dueAt)]));
        })))),
  ];
}

const VERDICT_WORDS = { kept: 'Kept', breached: 'Breached', 'not-yet-due': 'Not yet due', 'not-applicable': 'Does not apply' };
const ROLE_WORDS = { start: 'The start', end: 'The end', note: 'An observation note', 'evaluation-moment': 'This moment, with nothing recorded by then' };

/** A placement's rule verdicts as they stood at the moment: each rule, its verdict, when it falls due, and the events that prove it. */
function verdictsView(judgement, instant) {
  if (!judgement) return h('p', {}, 'No rule set was in force for this placement.');
  const rules = judgement.ruleSet || {};
  return [
    h('p', {}, 'Judged by the rule set \u201c', rules.title || 'in force', '\u201d (version ' + rules.version + ', in force from ', when(rules.effectiveFrom), ')',
      judgement.inForceAtStart === false ? ', which was not yet in force when the placement started' : '', '.'),
    h('ul', { id: 'verdict-list', class: 'verdicts' }, (judgement.verdicts || []).map((verdict) =>
      h('li', { class: 'verdict ' + verdict.verdict, 'data-rule': verdict.ruleId },
        h('p', { class: 'rule' }, h('strong', { class: 'verdict-word' }, VERDICT_WORDS[verdict.verdict] || capital(codeWords(verdict.verdict))), ' · ', verdict.description),
        // A deadline's detail only repeats when it falls due, which the next line says with how long is left.
        verdict.detail && !(verdict.dueBy && / due by /.test(verdict.detail)) ? h('p', { class: 'verdict-detail' }, capital(codeWords(textWords(verdict.detail)))) : null,
        verdict.dueBy ? h('p', { class: 'verdict-due' }, 'Falls due ', when(verdict.dueBy), ', ', spanWords(Date.parse(verdict.dueBy) - Date.parse(instant)), ' after this moment, unless it is kept first.') : null,
        verdict.evidence && verdict.evidence.length
          ? [h('p', { class: 'muted' }, verdict.verdict === 'not-yet-due' ? 'Counted from:' : verdict.evidence.length === 1 ? 'The event that proves it:' : 'The events that prove it:'), h('ol', { class: 'evidence' }, verdict.evidence.map(evidenceView))]
          : null))),
  ];
}

function evidenceView(evidence) {
  const role = ROLE_WORDS[evidence.role] || capital(codeWords(evidence.role));
  if (!evidence.eventId) return h('li', {}, role, ': ', when(evidence.at));
  const index = record.events.findIndex((event) => event.eventId === evidence.eventId);
  return h('li', { 'data-event-id': evidence.eventId },
    role, ': ', eventName(evidence.type), ', ', when(evidence.at), ' · ',
    index >= 0
      ? h('a', { href: '#' + record.kind + '=' + record.id + '&at=' + (index + 1), class: 'to-event', title: evidence.eventId, onclick: (event) => { event.preventDefault(); jumpTo(index + 1); } }, 'event ' + (index + 1) + ' on the slider')
      : 'not in this bundle');
}

const PROBLEM_WORDS = {
  'chain-broken': ['stream whose chain is broken', 'streams whose chains are broken'],
  'stream-truncated': ['stream whose last events were deleted', 'streams whose last events were deleted'],
  'stream-deleted': ['stream deleted', 'streams deleted'],
  'store-behind-checkpoint': ['checkpoint over more events than the store holds', 'checkpoints over more events than the store holds'],
  'checkpoint-contradicted': ['checkpoint the store contradicts', 'checkpoints the store contradicts'],
  'checkpoints-inconsistent': ['checkpoint inconsistent with the one before', 'checkpoints inconsistent with the one before'],
  'checkpoint-signature': ['checkpoint not signed by the key', 'checkpoints not signed by the key'],
  'checkpoint-unreadable': ['checkpoint file that cannot be read', 'checkpoint files that cannot be read'],
};

/** Whether the store verifies against the checkpoint, as of when it was checked; a check under way is asked again. */
function verificationView(verification) {
  const result = verification && verification.result;
  if (!result) return h('p', { id: 'store-verdict', class: 'muted' }, 'The whole store is being checked against it\u2026');
  const checked = [h('span', { id: 'store-checked-at' }, 'Checked ', when(result.checkedAt), ' (', spanWords(Date.now() - Date.parse(result.checkedAt)), ' ago)'),
    ': ' + result.events + ' events in ' + result.streams + ' streams re-hashed and held to ' + result.checkpointsChecked + (result.checkpointsChecked === 1 ? ' checkpoint' : ' checkpoints'),
    result.checkpointSize !== null ? ', the latest of ' + result.checkpointSize + ' events' : '', ', in ' + spanWordsShort(result.tookMs) + '.'];
  const again = verification.checking ? h('p', { class: 'muted' }, 'A newer check is under way.') : null;
  if (result.checkpointSize === null) return [h('p', { id: 'store-verdict' }, 'No checkpoint was published when the store was checked.'), h('p', {}, checked), again];
  if (result.intact) return [h('p', { id: 'store-verdict', class: 'verifies' }, h('strong', {}, 'The store verifies against it.')), h('p', {}, checked), again];
  return [
    h('p', { id: 'store-verdict', class: 'fails' }, h('strong', {}, 'The store does not verify against it.')),
    h('ul', { id: 'store-problems' }, result.problems.map((p) => h('li', {}, p.count + ' ' + (PROBLEM_WORDS[p.kind] || [codeWords(p.kind), codeWords(p.kind)])[p.count === 1 ? 0 : 1]))),
    h('p', {}, checked),
    again,
  ];
}
const spanWordsShort = (ms) => (ms < 1000 ? 'under a second' : ms < 60000 ? Math.round(ms / 1000) + (Math.round(ms / 1000) === 1 ? ' second' : ' seconds') : spanWords(ms));

`;
