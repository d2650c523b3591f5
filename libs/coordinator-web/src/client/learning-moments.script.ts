/**
 * The review's timeline with its marked moments, and the findings and contributing factors that rest on them: each in
 * words, each added or taken back (withdrawn, with why) while the review is a draft.
 */
export const LEARNING_MOMENTS_JS = String.raw`
function renderTimeline() {
  if (!rv.timeline) return refused('timeline', rv.timelineProblem);
  const t = rv.timeline;
  const entries = t.entries || [];
  const editable = draftable();
  shown('timeline', entries.length ? '' : w('learning.timeline.empty'),
    entries.length ? h('ol', { class: 'timeline', id: 'timeline-list' }, entries.map((e, n) => timelineEntry(e, n, editable))) : null,
    t.unmatchedMoments && t.unmatchedMoments.length ? h('p', { class: 'muted' }, wn('learning.timeline.unmatched', t.unmatchedMoments.length)) : null,
    h('p', { class: 'muted' }, w('learning.timeline.assembled'), ' ', momentEl(t.assembledAt), '; ', wn('learning.timeline.marked', t.markedCount || 0)));
}

function timelineEntry(e, n, editable) {
  const verdict = e.verdict ? badge(w(e.verdict === 'late' ? 'learning.timeline.late' : 'learning.timeline.onTime'), e.verdict === 'late' ? 'overdue' : '') : null;
  return h('li', { class: 'moment' + (e.marked ? ' marked' : ''), 'data-source': e.source, 'data-marked': e.marked ? 'yes' : 'no' },
    h('p', { class: 'moment-when' }, momentEl(e.occurredAt || e.at), ' · ', words('source', e.source),
      e.occurredAt && momentWords(e.occurredAt) !== momentWords(e.at) ? [' · ', w('learning.timeline.recorded'), ' ', momentEl(e.at)] : null),
    h('p', { class: 'moment-what', id: 'moment-' + n }, entryWhat(e), ' ', verdict),
    e.detail ? h('p', { class: 'moment-detail' }, e.detail) : null,
    h('p', { class: 'muted' }, w('learning.timeline.by'), ' ', h('span', { class: 'ref' }, e.actor)),
    e.marked ? h('p', { class: 'moment-why' }, h('strong', {}, w('learning.timeline.markedWhy')), e.why) : null,
    editable ? markControls(e, 'moment-' + n) : null);
}

/** Mark (asking why) or Unmark; each button is described by the moment it is for. */
function markControls(e, whatId) {
  if (e.marked) {
    return h('button', { type: 'button', class: 'small-button', 'aria-describedby': whatId, onclick: (ev) =>
      reviewCommand(ev.currentTarget.parentNode, 'POST', '/moments/' + encodeURIComponent(e.eventId) + '/unmarking', {}, w('learning.timeline.unmarked')) }, w('learning.timeline.unmark'));
  }
  if (rv.marking !== e.eventId) {
    return h('button', { type: 'button', class: 'small-button', 'aria-describedby': whatId, onclick: () => openMarking(e.eventId) }, w('learning.timeline.mark'));
  }
  return h('form', { id: 'mark-form', class: 'command-form inline-command', 'aria-label': w('learning.timeline.markThis'), onsubmit: (ev) => {
    ev.preventDefault();
    reviewCommand(ev.currentTarget, 'POST', '/moments', { eventId: e.eventId, why: $('mark-why').value.trim() }, w('learning.timeline.markedDone'));
  } },
  field('mark', 'why', w('learning.timeline.why'), textBox(2), w('learning.timeline.whyHint')),
  h('button', { type: 'submit' }, w('learning.timeline.markThis')), ' ',
  h('button', { type: 'button', onclick: () => openMarking(null) }, w('learning.cancel')));
}

function openMarking(eventId) {
  rv.marking = eventId;
  renderTimeline();
  if (eventId && $('mark-why')) $('mark-why').focus();
}

function itemView(item, id, editable, showClass) {
  return h('li', { class: 'review-item' + (item.withdrawn ? ' withdrawn' : ''), 'data-class': item.class },
    h('p', { class: 'item-text', id: 'item-' + id }, item.text, item.withdrawn ? [' ', badge(w('learning.item.withdrawn'))] : null),
    showClass ? h('p', { class: 'muted' }, words('factorClass', item.class)) : null,
    restsOn(item.evidence),
    editable && !item.withdrawn ? withdrawControls(id) : null);
}

function withdrawControls(id) {
  if (rv.withdrawing !== id) {
    return h('button', { type: 'button', class: 'small-button', 'aria-describedby': 'item-' + id, onclick: () => {
      rv.withdrawing = id;
      renderFindings();
      renderFactors();
      if ($('withdraw-reason')) $('withdraw-reason').focus();
    } }, w('learning.item.withdraw'));
  }
  return h('form', { id: 'withdraw-form', class: 'command-form inline-command', 'aria-label': w('learning.item.withdraw'), onsubmit: (ev) => {
    ev.preventDefault();
    reviewCommand(ev.currentTarget, 'POST', '/items/' + encodeURIComponent(id) + '/withdrawal', { reason: $('withdraw-reason').value.trim() }, w('learning.item.withdrawnDone'));
  } },
  field('withdraw', 'reason', w('learning.item.why'), textBox(2)),
  h('button', { type: 'submit' }, w('learning.item.withdrawIt')), ' ',
  h('button', { type: 'button', onclick: () => { rv.withdrawing = null; renderFindings(); renderFactors(); } }, w('learning.cancel')));
}

function renderFindings() {
  const r = rv.review;
  const editable = draftable();
  const groups = Object.keys(LW.finding).map((kind) => {
    const items = r.findings.filter((f) => f.kind === kind);
    return h('section', { class: 'item-group', 'data-kind': kind, 'aria-labelledby': 'findings-' + kind },
      h('h3', { id: 'findings-' + kind }, words('finding', kind)),
      items.length ? h('ul', { class: 'items' }, items.map((f) => itemView(f, f.findingId, editable, true)))
        : h('p', { class: 'muted' }, w('learning.item.none')));
  });
  const form = editable ? h('details', { id: 'add-finding', class: 'add-form' }, h('summary', {}, w('learning.finding.add')),
    h('form', { id: 'finding-form', class: 'command-form', 'aria-label': w('learning.finding.add'), onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/findings', { kind: f.elements.kind.value || undefined, class: f.elements.class.value || undefined,
        text: f.elements.text.value.trim(), evidence: checkedEvidence(f) }, w('learning.finding.added'));
    } },
    field('finding', 'kind', w('learning.finding.kind'), h('select', {}, options(pairsOf('finding'), '', w('learning.choose')))),
    field('finding', 'class', w('learning.field.class'), h('select', {}, options(pairsOf('factorClass'), '', w('learning.chooseClass')))),
    field('finding', 'text', w('learning.finding.text'), textBox(3), w('learning.hint.noNames')),
    evidenceChoices('finding'),
    h('button', { type: 'submit' }, w('learning.finding.submit')))) : null;
  shown('findings', '', groups, form);
}

function renderFactors() {
  const r = rv.review;
  const editable = draftable();
  const groups = Object.keys(LW.factorClass).map((cls) => {
    const items = r.factors.filter((f) => f.class === cls);
    return h('section', { class: 'item-group', 'data-class': cls, 'aria-labelledby': 'factors-' + cls },
      h('h3', { id: 'factors-' + cls }, words('factorClass', cls)),
      items.length ? h('ul', { class: 'items' }, items.map((f) => itemView(f, f.factorId, editable))) : h('p', { class: 'muted' }, w('learning.item.none')));
  });
  const form = editable ? h('details', { id: 'add-factor', class: 'add-form' }, h('summary', {}, w('learning.factor.add')),
    h('form', { id: 'factor-form', class: 'command-form', 'aria-label': w('learning.factor.add'), onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/factors', { class: f.elements.class.value || undefined, text: f.elements.text.value.trim(), evidence: checkedEvidence(f) },
        w('learning.factor.added'));
    } },
    field('factor', 'class', w('learning.field.class'), h('select', {}, options(pairsOf('factorClass'), '', w('learning.chooseClass')))),
    field('factor', 'text', w('learning.factor.text'), textBox(3), w('learning.factor.hint')),
    evidenceChoices('factor'),
    h('button', { type: 'submit' }, w('learning.factor.submit')))) : null;
  shown('factors', '', groups, form);
}
`;
