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
    h('p', { class: 'muted' }, w('audit.folded')),
    valueView(state),
    groups.length ? h('dl', { class: 'known' }, groups) : null,
  ];
}

/** An action-card run as it stood: the card, and each step's deadline and what had happened to it by then. */
function runView(events) {
  let started = null;
  const steps = {};
  let status = w('audit.run.open');
  for (const event of events) {
    const data = parsed(event.dataText);
    const name = event.type.replace(/^[a-z-]+\./, '').replace(/\.v\d+$/, '');
    if (name === 'run-started') started = data;
    else if (name === 'run-completed') status = w('audit.run.completed', { at: timeWords(data.completedAt || event.recordedAt) });
    else if (name === 'run-reopened') status = w('audit.run.openAgain');
    if (!data.stepId) continue;
    // [the key of what happened, when, by whom, why, what the words put in]
    const what = name === 'step-completed' ? ['done', data.completedAt, data.completedBy, data.note]
      : name === 'step-skipped' ? ['skipped', data.skippedAt, data.skippedBy, data.justification]
      : name === 'step-reopened' ? ['reopened', event.recordedAt, data.reopenedBy, data.reason]
      : name === 'step-became-overdue' ? ['overdue', data.dueAt, null, null]
      : name === 'step-escalated' ? ['escalated', data.escalateAt, null, null, { role: roleInline(data.escalatedTo) }]
      : name === 'step-assigned' ? ['assigned', event.recordedAt, null, null, { who: data.assignee && data.assignee.kind === 'person' ? data.assignee.ref : roleInline(data.assignee && data.assignee.role) }]
      : null;
    if (what) (steps[data.stepId] = steps[data.stepId] || []).push(what);
  }
  if (!started) return h('p', { class: 'muted' }, w('audit.run.notStarted'));
  const card = started.card || {};
  const trigger = started.trigger && started.trigger.type !== 'manual' ? wordOr('audit.trigger.' + started.trigger.type, codeWords(started.trigger.type)) : null;
  const happenedView = (x, i) => [i ? '; ' : '', withNodes(w('audit.run.' + x[0], x[4]), { at: when(x[1]) }), x[2] ? w('audit.run.byWhom', { actor: x[2] }) : '', x[3] ? ' (' + x[3] + ')' : ''];
  return [
    h('dl', { class: 'known' },
      h('dt', {}, w('audit.run.card')), h('dd', {}, w('audit.run.version', { title: card.title || started.templateId, version: started.templateVersion })),
      h('dt', {}, w('audit.run.started')), h('dd', {}, withNodes(w(trigger ? 'audit.run.startedFor' : 'audit.run.startedBy', { actor: started.startedBy, trigger: trigger }), { at: when(started.startedAt) })),
      h('dt', {}, w('audit.run.where')), h('dd', {}, started.institution ? INSTITUTION_NAMES[started.institution] || started.institution : areaName(started.area)),
      h('dt', {}, w('audit.run.exercise')), h('dd', {}, w(started.trigger && started.trigger.exercise ? 'audit.yes' : 'audit.no')),
      h('dt', {}, w('audit.run.status')), h('dd', { id: 'run-status' }, status)),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': w('audit.run.steps') },
      h('table', { id: 'run-steps' },
        h('thead', {}, h('tr', {}, ['step', 'deadline', 'whose', 'then'].map((k) => h('th', { scope: 'col' }, w('audit.run.col.' + k))))),
        h('tbody', {}, (card.steps || []).map((step) => {
          const happened = steps[step.id] || [];
          const dueAt = new Date(Date.parse(started.startedAt) + (step.deadlineMinutes || 0) * 60000).toISOString();
          return h('tr', { 'data-step': step.id },
            h('th', { scope: 'row' }, step.title),
            h('td', {}, step.deadlineMinutes ? w('audit.run.afterStart', { span: spanWords(step.deadlineMinutes * 60000) }) : isoSpanWords(step.deadline) || w('audit.none')),
            h('td', {}, roleWord(step.responsibleRole)),
            h('td', { class: 'step-then' }, happened.length ? happened.map(happenedView) : withNodes(w('audit.run.openDue'), { at: when(dueAt) })));
        })))),
  ];
}

const verdictWord = (verdict) => wordOr('audit.verdict.' + verdict, capital(codeWords(verdict)));
const evidenceRole = (role) => wordOr('audit.evidence.' + role, capital(codeWords(role)));

/** A placement's rule verdicts as they stood at the moment: each rule, its verdict, when it falls due, and the events that prove it. */
function verdictsView(judgement, instant) {
  if (!judgement) return h('p', {}, w('audit.noRuleSet'));
  const rules = judgement.ruleSet || {};
  const judged = w(judgement.inForceAtStart === false ? 'audit.ruleSetLate' : 'audit.ruleSet', { title: rules.title || w('audit.ruleSetInForce'), version: rules.version });
  return [
    h('p', {}, withNodes(judged, { from: when(rules.effectiveFrom) })),
    h('ul', { id: 'verdict-list', class: 'verdicts' }, (judgement.verdicts || []).map((verdict) =>
      h('li', { class: 'verdict ' + verdict.verdict, 'data-rule': verdict.ruleId },
        h('p', { class: 'rule' }, h('strong', { class: 'verdict-word' }, verdictWord(verdict.verdict)), ' · ', verdict.description),
        // A deadline's detail only repeats when it falls due, which the next line says with how long is left.
        verdict.detail && !(verdict.dueBy && DUE_BY.test(verdict.detail)) ? h('p', { class: 'verdict-detail' }, capital(textWords(verdict.detail))) : null,
        verdict.dueBy ? h('p', { class: 'verdict-due' }, withNodes(w('audit.dueBy', { span: spanWords(Date.parse(verdict.dueBy) - Date.parse(instant)) }), { at: when(verdict.dueBy) })) : null,
        verdict.evidence && verdict.evidence.length
          ? [h('p', { class: 'muted' }, verdict.verdict === 'not-yet-due' ? w('audit.countedFrom') : wn('audit.proves', verdict.evidence.length)), h('ol', { class: 'evidence' }, verdict.evidence.map(evidenceView))]
          : null))),
  ];
}

function evidenceView(evidence) {
  const role = evidenceRole(evidence.role);
  if (!evidence.eventId) return h('li', {}, role, ': ', when(evidence.at));
  const index = record.events.findIndex((event) => event.eventId === evidence.eventId);
  return h('li', { 'data-event-id': evidence.eventId },
    role, ': ', eventName(evidence.type), ', ', when(evidence.at), ' · ',
    index >= 0
      ? h('a', { href: '#' + record.kind + '=' + record.id + '&at=' + (index + 1), class: 'to-event', title: evidence.eventId, onclick: (event) => { event.preventDefault(); jumpTo(index + 1); } }, w('audit.toEvent', { n: num(index + 1) }))
      : w('audit.notInBundle'));
}

/** Kinds of problem the store check names, each with its plural words. */
const PROBLEM_KINDS = ['chain-broken', 'stream-truncated', 'stream-deleted', 'store-behind-checkpoint', 'checkpoint-contradicted', 'checkpoints-inconsistent', 'checkpoint-signature', 'checkpoint-unreadable'];
const problemWords = (p) => (PROBLEM_KINDS.indexOf(p.kind) >= 0 ? wn('audit.problem.' + p.kind, p.count) : wn('audit.problem.other', p.count, { kind: codeWords(p.kind) }));

/** Whether the store verifies against the checkpoint, as of when it was checked; a check under way is asked again. */
function verificationView(verification) {
  const result = verification && verification.result;
  if (!result) return h('p', { id: 'store-verdict', class: 'muted' }, w('audit.store.checking'));
  const checked = [
    h('span', { id: 'store-checked-at' }, withNodes(w('audit.store.checked', { span: spanWords(Date.now() - Date.parse(result.checkedAt)) }), { at: when(result.checkedAt) })),
    wn('audit.store.rehashed', result.checkpointsChecked, { events: num(result.events), streams: num(result.streams) }),
    result.checkpointSize !== null ? w('audit.store.latest', { size: num(result.checkpointSize) }) : '',
    w('audit.store.took', { span: spanWordsShort(result.tookMs) }),
  ];
  const again = verification.checking ? h('p', { class: 'muted' }, w('audit.store.again')) : null;
  if (result.checkpointSize === null) return [h('p', { id: 'store-verdict' }, w('audit.store.noCheckpoint')), h('p', {}, checked), again];
  if (result.intact) return [h('p', { id: 'store-verdict', class: 'verifies' }, h('strong', {}, w('audit.store.verifies'))), h('p', {}, checked), again];
  return [
    h('p', { id: 'store-verdict', class: 'fails' }, h('strong', {}, w('audit.store.fails'))),
    h('ul', { id: 'store-problems' }, result.problems.map((p) => h('li', {}, problemWords(p)))),
    h('p', {}, checked),
    again,
  ];
}
const spanWordsShort = (ms) => (ms < 1000 ? w('audit.span.underSecond') : ms < 60000 ? wn('audit.span.second', Math.round(ms / 1000)) : spanWords(ms));

`;
