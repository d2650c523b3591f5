/**
 * The decision and communication logs. Entries are never edited: a correction is a new entry, shown
 * right after the one it corrects, which stays visible marked "corrected by …".
 */
export const CRISIS_LOG_JS = String.raw`
const LOG_WORDS = {
  decision: { heading: 'Decision log', letter: 'D', add: 'Log a decision', path: '/decisions', fields: decisionFields, body: decisionBody },
  communication: { heading: 'Communication log', letter: 'C', add: 'Log a communication', path: '/communications', fields: communicationFields, body: communicationBody },
};

/** Each correction chain in one place: the first entry, then what corrected it, and so on. */
function inCorrectionOrder(entries) {
  const byId = {};
  entries.forEach((e) => (byId[e.entryId] = e));
  const ordered = [];
  for (const root of entries.filter((e) => !e.corrects || !byId[e.corrects])) {
    for (let e = root; e; e = e.correctedBy ? byId[e.correctedBy] : null) ordered.push(e);
  }
  return ordered;
}

function logSection(view, kind, entries) {
  const words = LOG_WORDS[kind];
  const numbers = {};
  entries.forEach((e, i) => (numbers[e.entryId] = words.letter + (i + 1)));
  const addKey = 'new-' + kind;
  const add = view.activation.status === 'active'
    ? h('details', { 'data-key': addKey, class: 'add-entry' }, h('summary', {}, words.add + '…'),
      commandForm(view, addKey, words.add, words.fields(view.errors[addKey], addKey), (form) =>
        view.submit(addKey, form, 'POST', words.path, words.body(form), 'Logged: the ' + kind + ' is in the log.')))
    : h('p', { class: 'muted' }, 'The activation is stood down: no new entries, but entries can still be corrected.');
  return h('section', { id: kind + '-log', 'aria-labelledby': kind + '-log-heading' },
    h('h2', { id: kind + '-log-heading' }, words.heading, ' (' + entries.length + ')'),
    entries.length ? h('ol', { class: 'log' }, inCorrectionOrder(entries).map((e) => logEntry(view, kind, e, numbers))) : h('p', { class: 'muted' }, 'Nothing logged yet.'),
    add);
}

function logEntry(view, kind, e, numbers) {
  const facts = kind === 'decision'
    ? [['Rationale', e.rationale], ['Legal basis', e.legalBasis], ['Alternatives considered', h('ul', {}, e.alternativesConsidered.map((a) => h('li', { lang: 'da' }, a)))],
      ['Decided', [e.decidedBy, ' · ', when(e.decidedAt)]]]
    : [['Released', e.released ? 'Yes, outside the service' : 'No, internal'], ['Communicated', [e.communicatedBy, ' · ', when(e.communicatedAt)]]];
  facts.push(['Logged', when(e.loggedAt)]);
  if (e.corrects) facts.unshift(['Corrects', [h('a', { href: '#entry-' + e.corrects }, numbers[e.corrects] || e.corrects), ' because: ', h('span', { class: 'correction-reason', lang: 'da' }, e.correctionReason)]]);
  const mark = e.correctedBy
    ? h('p', { class: 'corrected-mark' }, h('strong', {}, 'Corrected by ', h('a', { href: '#entry-' + e.correctedBy }, numbers[e.correctedBy] || e.correctedBy)), ': kept for the record, no longer current.')
    : null;
  return h('li', { id: 'entry-' + e.entryId, class: 'entry' + (e.correctedBy ? ' corrected' : '') + (e.corrects ? ' correction' : ''), 'data-entry-id': e.entryId, 'data-corrected': String(!!e.correctedBy) },
    h('h3', {}, h('span', { class: 'entry-number' }, numbers[e.entryId]), ' ', h('span', { class: 'headline', lang: 'da' }, entryHeadline(e)),
      e.correctedBy ? h('span', { class: 'badge corrected' }, 'corrected') : null, e.corrects ? h('span', { class: 'badge' }, 'correction') : null),
    mark,
    h('dl', { class: 'facts' }, facts.map((f) => [h('dt', {}, f[0]), h('dd', {}, f[1])])),
    e.correctedBy ? null : correctionForm(view, kind, e, numbers[e.entryId]));
}

function correctionForm(view, kind, entry, number) {
  const words = LOG_WORDS[kind];
  const key = 'correct-' + entry.entryId;
  const errors = view.errors[key];
  const fields = [words.fields(errors, key, entry),
    formField(errors, key, 'correctionReason', 'Reason for the correction (required)', textArea('', 2), 'What was wrong. The entry ' + number + ' stays in the log, marked as corrected.')];
  return h('details', { 'data-key': key, class: 'correct-entry' }, h('summary', {}, 'Correct ' + number + '…'),
    commandForm(view, key, 'Log correction', fields, (form) =>
      view.submit(key, form, 'POST', words.path, Object.assign(words.body(form), { corrects: entry.entryId, correctionReason: formValue(form, 'correctionReason').trim() }),
        'Logged: the correction of ' + number + ' is in the log.')));
}
`;
