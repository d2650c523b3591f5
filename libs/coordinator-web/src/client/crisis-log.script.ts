/**
 * The decision and communication logs. Entries are never edited: a correction is a new entry, shown
 * right after the one it corrects, which stays visible marked "corrected by …".
 */
export const CRISIS_LOG_JS = String.raw`
const LOG_WORDS = {
  decision: { heading: w('log.decision.heading'), letter: 'D', add: w('log.decision.add'), path: '/decisions', fields: decisionFields, body: decisionBody },
  communication: { heading: w('log.communication.heading'), letter: 'C', add: w('log.communication.add'), path: '/communications', fields: communicationFields, body: communicationBody },
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
        view.submit(addKey, form, 'POST', words.path, words.body(form), w('log.' + kind + '.logged'))))
    : h('p', { class: 'muted' }, w('log.stoodDown'));
  return h('section', { id: kind + '-log', 'aria-labelledby': kind + '-log-heading' },
    h('h2', { id: kind + '-log-heading' }, words.heading, ' (' + entries.length + ')'),
    entries.length ? h('ol', { class: 'log' }, inCorrectionOrder(entries).map((e) => logEntry(view, kind, e, numbers))) : h('p', { class: 'muted' }, w('crisisBoard.nothingLogged')),
    add);
}

function logEntry(view, kind, e, numbers) {
  const facts = kind === 'decision'
    ? [[w('log.rationale'), e.rationale], [w('log.legalBasis'), LEGAL_BASES[e.legalBasis] || e.legalBasis], [w('log.alternatives'), h('ul', {}, e.alternativesConsidered.map((a) => h('li', { lang: 'da' }, a)))],
      [w('log.decided'), [e.decidedBy, ' · ', when(e.decidedAt)]]]
    : [[w('log.released'), w(e.released ? 'log.releasedYes' : 'log.releasedNo')], [w('log.communicated'), [e.communicatedBy, ' · ', when(e.communicatedAt)]]];
  facts.push([w('log.logged'), when(e.loggedAt)]);
  if (e.corrects) facts.unshift([w('log.corrects'), [h('a', { href: '#entry-' + e.corrects }, numbers[e.corrects] || e.corrects), w('log.because'), h('span', { class: 'correction-reason', lang: 'da' }, e.correctionReason)]]);
  const mark = e.correctedBy
    ? h('p', { class: 'corrected-mark' }, h('strong', {}, w('log.correctedBy'), h('a', { href: '#entry-' + e.correctedBy }, numbers[e.correctedBy] || e.correctedBy)), w('log.keptForRecord'))
    : null;
  return h('li', { id: 'entry-' + e.entryId, class: 'entry' + (e.correctedBy ? ' corrected' : '') + (e.corrects ? ' correction' : ''), 'data-entry-id': e.entryId, 'data-corrected': String(!!e.correctedBy) },
    h('h3', {}, h('span', { class: 'entry-number' }, numbers[e.entryId]), ' ', h('span', { class: 'headline', lang: 'da' }, entryHeadline(e)),
      e.correctedBy ? h('span', { class: 'badge corrected' }, w('crisisBoard.corrected')) : null, e.corrects ? h('span', { class: 'badge' }, w('log.correction')) : null),
    mark,
    h('dl', { class: 'facts' }, facts.map((f) => [h('dt', {}, f[0]), h('dd', {}, f[1])])),
    e.correctedBy ? null : correctionForm(view, kind, e, numbers[e.entryId]));
}

function correctionForm(view, kind, entry, number) {
  const words = LOG_WORDS[kind];
  const key = 'correct-' + entry.entryId;
  const errors = view.errors[key];
  const fields = [words.fields(errors, key, entry),
    formField(errors, key, 'correctionReason', w('log.correctionReason'), textArea('', 2), w('log.correctionHint', { number: number }))];
  return h('details', { 'data-key': key, class: 'correct-entry' }, h('summary', {}, w('log.correct', { number: number })),
    commandForm(view, key, w('log.logCorrection'), fields, (form) =>
      view.submit(key, form, 'POST', words.path, Object.assign(words.body(form), { corrects: entry.entryId, correctionReason: formValue(form, 'correctionReason').trim() }),
        w('log.correctionLogged', { number: number }))));
}
`;
