/**
 * The summary editor, participants, sign-off, publication and addenda. The summary is saved with If-Match: the revision
 * the editor read. When another reviewer saved first, the page says so plainly, shows their text and keeps yours to copy
 * from: it never overwrites anyone silently. A save refused only because something else in the review moved on (a
 * moment marked, the deadline workflow) while the summary itself stayed as read is sent again on the current revision.
 */
export const LEARNING_SUMMARY_JS = String.raw`
const editor = { base: '', revision: null, conflict: null };

function resetEditor() {
  editor.base = '';
  editor.revision = null;
  editor.conflict = null;
}

const editorDirty = () => !!$('summary-text') && $('summary-text').value !== editor.base;

/** The review as read again: the editor moves on with it, unless the person is typing over a summary someone else changed. */
function syncEditor(r) {
  if (!editorDirty()) {
    editor.base = r.summary;
    editor.revision = r.revision;
  } else if (r.summary === editor.base) editor.revision = r.revision;
}

function renderSummary() {
  const r = rv.review;
  if (!draftable()) {
    const unsaved = editorDirty() ? $('summary-text').value : '';
    editor.conflict = null;
    return shown('summary', '',
      r.summary ? h('div', { id: 'summary-read', class: 'summary-text' }, paragraphs(r.summary)) : h('p', { class: 'muted' }, w('learning.summary.none')),
      unsaved ? h('div', { class: 'conflict' }, h('p', {}, w('learning.summary.unsaved')),
        h('blockquote', { id: 'unsaved-summary' }, unsaved)) : null);
  }
  // The editor is never rebuilt under the hand: only the conflict note is brought up to date.
  if ($('summary-text')) return fill($('summary-conflict'), conflictBox());
  shown('summary', '',
    h('form', { id: 'summary-form', class: 'command-form', 'aria-label': w('learning.field.summary'), onsubmit: saveSummary },
      field('summary', 'text', w('learning.field.summary'), textBox(10, r.summary), w('learning.summary.hint')),
      h('div', { id: 'summary-conflict' }, conflictBox()),
      h('button', { type: 'submit' }, w('learning.summary.save'))));
}

function conflictBox() {
  if (editor.conflict === null) return null;
  return h('div', { id: 'summary-conflict-note', class: 'conflict', role: 'alert' },
    h('p', {}, h('strong', {}, w('learning.summary.conflict'))),
    h('p', {}, w('learning.summary.theirs')),
    h('blockquote', { id: 'their-summary' }, editor.conflict || w('learning.summary.empty')),
    h('p', {}, w('learning.summary.yours')),
    h('button', { type: 'button', onclick: useTheirs }, w('learning.summary.useTheirs')));
}

function useTheirs() {
  $('summary-text').value = editor.conflict;
  editor.conflict = null;
  fill($('summary-conflict'));
  $('summary-text').focus();
}

const staleRead = (res) => res.status === 409 && problemType(res) === 'stale-revision' && res.body && res.body.current;

async function saveSummary(event) {
  event.preventDefault();
  const form = event.currentTarget;
  complain('');
  const text = $('summary-text').value;
  const put = (revision) => busyWhile(form, () => send('PUT', reviewPath('/summary'), { text: text }, revision));
  let res = await put(editor.revision);
  if (staleRead(res) && res.body.current.summary === editor.base) res = await put(res.body.currentRevision);
  if (res.ok) {
    editor.base = text;
    editor.revision = res.body.revision;
    editor.conflict = null;
    showErrors(form, null);
    fill($('summary-conflict'));
    say(w('learning.summary.saved'));
    return reloadReview();
  }
  if (staleRead(res)) {
    editor.conflict = res.body.current.summary || '';
    editor.base = editor.conflict;
    editor.revision = res.body.currentRevision;
    fill($('summary-conflict'), conflictBox());
    return reloadReview();
  }
  showErrors(form, res);
  if (res.status === 409 || res.status === 404) await reloadReview();
}

function renderParticipants() {
  const r = rv.review;
  const list = r.participants.length
    ? h('ul', { id: 'participant-list' }, r.participants.map((p) => h('li', {}, words('participant', p.role), ': ', h('span', { class: 'ref' }, p.ref))))
    : h('p', { class: 'muted' }, w('learning.participant.none'));
  const form = draftable() ? h('details', { id: 'add-participant', class: 'add-form' }, h('summary', {}, w('learning.participant.add')),
    h('form', { id: 'participant-form', class: 'command-form', 'aria-label': w('learning.participant.add'), onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/participants', { role: f.elements.role.value || undefined, ref: f.elements.ref.value.trim().toUpperCase() }, w('learning.participant.added'));
    } },
    field('participant', 'role', w('learning.participant.role'), h('select', {}, options(pairsOf('participant'), '', w('learning.participant.chooseRole')))),
    field('participant', 'ref', w('learning.field.ref'), h('input', { autocomplete: 'off' }), w('learning.participant.refHint')),
    h('button', { type: 'submit' }, w('learning.participant.submit')))) : null;
  shown('participants', '', list, form);
}

function renderSignOff() {
  const r = rv.review;
  const signed = {};
  for (const s of r.signOffs) signed[s.as] = s.by;
  const canSign = r.status === 'draft' && holds(SIGNER_ROLES);
  const sides = h('ul', { id: 'sign-offs' }, Object.keys(LW.side).map((side) => h('li', { 'data-side': side },
    signed[side]
      ? [w('learning.signOff.signedBy', { side: words('side', side) }), ' ', h('span', { class: 'ref' }, signed[side]), '.']
      : [w('learning.signOff.notYet', { side: words('side', side) }), ' ',
        canSign ? h('button', { type: 'button', onclick: (ev) => signOff(ev.currentTarget, side) }, w('learning.signOff.signFor', { side: words('side', side) })) : null])));
  const note = r.status === 'draft' && !r.summary ? h('p', { class: 'muted' }, w('learning.signOff.summaryFirst'))
    : r.status === 'draft' ? h('p', { class: 'muted' }, w('learning.signOff.oneSide'))
    : r.status === 'published' ? h('p', {}, w('learning.publishedOn'), ' ', dayEl(r.publishedAt), '.') : null;
  const publish = r.status === 'agreed' && holds(['safety-partnership'])
    ? h('p', {}, h('button', { type: 'button', id: 'publish', onclick: (ev) => publishReview(ev.currentTarget) }, w('learning.publish')),
      h('span', { class: 'muted' }, ' ', w('learning.publishHint'))) : null;
  shown('sign-off', '', sides, note, publish);
}

/** Signs off what the page shows: with If-Match, so a review changed since it was read is read again first. */
function signOff(button, side) {
  return reviewCommand(button.parentNode, 'POST', '/sign-offs', { as: side }, w('learning.signOff.done', { side: words('side', side) }), rv.review.revision);
}

function publishReview(button) {
  return reviewCommand(button.parentNode, 'POST', '/publication', {}, w('learning.publishedDone'));
}

function renderAddenda() {
  const r = rv.review;
  const list = r.addenda.length
    ? h('ol', { id: 'addendum-list', class: 'addenda' }, r.addenda.map((a) =>
      h('li', {}, paragraphs(a.text), h('p', { class: 'muted' }, w('learning.addendum.added'), ' ', momentEl(a.addedAt), ' ', w('learning.addendum.by'), ' ',
        h('span', { class: 'ref' }, a.by)))))
    : h('p', { class: 'muted' }, w('learning.addendum.none'));
  const form = r.status === 'published' && holds(REVIEWER_ROLES) ? h('details', { id: 'add-addendum', class: 'add-form' }, h('summary', {}, w('learning.addendum.add')),
    h('form', { id: 'addendum-form', class: 'command-form', 'aria-label': w('learning.addendum.add'), onsubmit: (ev) => {
      ev.preventDefault();
      reviewCommand(ev.currentTarget, 'POST', '/addenda', { text: ev.currentTarget.elements.text.value.trim() }, w('learning.addendum.addedDone'));
    } },
    field('addendum', 'text', w('learning.addendum.text'), textBox(4), w('learning.addendum.hint')),
    h('button', { type: 'submit' }, w('learning.addendum.submit')))) : null;
  shown('addenda', '', list, form);
}
`;
