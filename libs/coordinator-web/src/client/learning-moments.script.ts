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
  shown('timeline', entries.length ? '' : 'Nothing is recorded yet for what this review is about.',
    entries.length ? h('ol', { class: 'timeline', id: 'timeline-list' }, entries.map((e, n) => timelineEntry(e, n, editable))) : null,
    t.unmatchedMoments && t.unmatchedMoments.length
      ? h('p', { class: 'muted' }, countWords(t.unmatchedMoments.length, 'marked moment') + ' no longer appear in the record of what is reviewed.') : null,
    h('p', { class: 'muted' }, 'Assembled from the record ', momentEl(t.assembledAt), '; ', countWords(t.markedCount || 0, 'moment'), ' marked.'));
}

function timelineEntry(e, n, editable) {
  const verdict = e.verdict ? badge(e.verdict === 'late' ? 'Done late' : 'Done on time', e.verdict === 'late' ? 'overdue' : '') : null;
  return h('li', { class: 'moment' + (e.marked ? ' marked' : ''), 'data-source': e.source, 'data-marked': e.marked ? 'yes' : 'no' },
    h('p', { class: 'moment-when' }, momentEl(e.occurredAt || e.at), ' · ', words('source', e.source),
      e.occurredAt && momentWords(e.occurredAt) !== momentWords(e.at) ? [' · recorded ', momentEl(e.at)] : null),
    h('p', { class: 'moment-what', id: 'moment-' + n }, e.what, ' ', verdict),
    e.detail ? h('p', { class: 'moment-detail' }, e.detail) : null,
    h('p', { class: 'muted' }, 'By ', h('span', { class: 'ref' }, e.actor)),
    e.marked ? h('p', { class: 'moment-why' }, h('strong', {}, 'Marked as mattering: '), e.why) : null,
    editable ? markControls(e, 'moment-' + n) : null);
}

/** Mark (asking why) or Unmark; each button is described by the moment it is for. */
function markControls(e, whatId) {
  if (e.marked) {
    return h('button', { type: 'button', class: 'small-button', 'aria-describedby': whatId, onclick: (ev) =>
      reviewCommand(ev.currentTarget.parentNode, 'POST', '/moments/' + encodeURIComponent(e.eventId) + '/unmarking', {}, 'The moment is no longer marked.') }, 'Unmark');
  }
  if (rv.marking !== e.eventId) {
    return h('button', { type: 'button', class: 'small-button', 'aria-describedby': whatId, onclick: () => openMarking(e.eventId) }, 'Mark');
  }
  return h('form', { id: 'mark-form', class: 'command-form inline-command', 'aria-label': 'Mark this moment', onsubmit: (ev) => {
    ev.preventDefault();
    reviewCommand(ev.currentTarget, 'POST', '/moments', { eventId: e.eventId, why: $('mark-why').value.trim() }, 'The moment is marked.');
  } },
  field('mark', 'why', 'Why does this moment matter?', textBox(2), 'For example: the alarm was raised four minutes after the first blow.'),
  h('button', { type: 'submit' }, 'Mark this moment'), ' ',
  h('button', { type: 'button', onclick: () => openMarking(null) }, 'Cancel'));
}

function openMarking(eventId) {
  rv.marking = eventId;
  renderTimeline();
  if (eventId && $('mark-why')) $('mark-why').focus();
}

function itemView(item, id, editable, showClass) {
  return h('li', { class: 'review-item' + (item.withdrawn ? ' withdrawn' : ''), 'data-class': item.class },
    h('p', { class: 'item-text', id: 'item-' + id }, item.text, item.withdrawn ? [' ', badge('Withdrawn')] : null),
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
    } }, 'Withdraw');
  }
  return h('form', { id: 'withdraw-form', class: 'command-form inline-command', 'aria-label': 'Withdraw', onsubmit: (ev) => {
    ev.preventDefault();
    reviewCommand(ev.currentTarget, 'POST', '/items/' + encodeURIComponent(id) + '/withdrawal', { reason: $('withdraw-reason').value.trim() }, 'Withdrawn; it stays in the history.');
  } },
  field('withdraw', 'reason', 'Why is it withdrawn?', textBox(2)),
  h('button', { type: 'submit' }, 'Withdraw it'), ' ',
  h('button', { type: 'button', onclick: () => { rv.withdrawing = null; renderFindings(); renderFactors(); } }, 'Cancel'));
}

function renderFindings() {
  const r = rv.review;
  const editable = draftable();
  const groups = Object.keys(LW.finding).map((kind) => {
    const items = r.findings.filter((f) => f.kind === kind);
    return h('section', { class: 'item-group', 'data-kind': kind, 'aria-labelledby': 'findings-' + kind },
      h('h3', { id: 'findings-' + kind }, words('finding', kind)),
      items.length ? h('ul', { class: 'items' }, items.map((f) => itemView(f, f.findingId, editable, true)))
        : h('p', { class: 'muted' }, 'None recorded.'));
  });
  const form = editable ? h('details', { id: 'add-finding', class: 'add-form' }, h('summary', {}, 'Add a finding'),
    h('form', { id: 'finding-form', class: 'command-form', 'aria-label': 'Add a finding', onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/findings', { kind: f.elements.kind.value || undefined, class: f.elements.class.value || undefined,
        text: f.elements.text.value.trim(), evidence: checkedEvidence(f) }, 'The finding is added.');
    } },
    field('finding', 'kind', 'Went well or went wrong', h('select', {}, options(pairsOf('finding'), '', 'Choose…'))),
    field('finding', 'class', 'Class', h('select', {}, options(pairsOf('factorClass'), '', 'Choose the class…'))),
    field('finding', 'text', 'Finding', textBox(3), 'Speak of roles, never of named people.'),
    evidenceChoices('finding'),
    h('button', { type: 'submit' }, 'Add the finding'))) : null;
  shown('findings', '', groups, form);
}

function renderFactors() {
  const r = rv.review;
  const editable = draftable();
  const groups = Object.keys(LW.factorClass).map((cls) => {
    const items = r.factors.filter((f) => f.class === cls);
    return h('section', { class: 'item-group', 'data-class': cls, 'aria-labelledby': 'factors-' + cls },
      h('h3', { id: 'factors-' + cls }, words('factorClass', cls)),
      items.length ? h('ul', { class: 'items' }, items.map((f) => itemView(f, f.factorId, editable))) : h('p', { class: 'muted' }, 'None recorded.'));
  });
  const form = editable ? h('details', { id: 'add-factor', class: 'add-form' }, h('summary', {}, 'Add a contributing factor'),
    h('form', { id: 'factor-form', class: 'command-form', 'aria-label': 'Add a contributing factor', onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/factors', { class: f.elements.class.value || undefined, text: f.elements.text.value.trim(), evidence: checkedEvidence(f) },
        'The contributing factor is added.');
    } },
    field('factor', 'class', 'Class', h('select', {}, options(pairsOf('factorClass'), '', 'Choose the class…'))),
    field('factor', 'text', 'Contributing factor', textBox(3), 'What made it happen, said of roles, places and routines, never of named people.'),
    evidenceChoices('factor'),
    h('button', { type: 'submit' }, 'Add the factor'))) : null;
  shown('factors', '', groups, form);
}
`;
