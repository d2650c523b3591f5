/**
 * Follow-up actions: each with its owner role and unit, due day, status and the unit's answer, marked overdue, escalated
 * or repeat in words; added from the catalogue or proposed anew, moved on and answered, after publication too.
 */
export const LEARNING_ACTIONS_JS = String.raw`
let catalogueNow = null;
/** The columns of a follow-up action, the review's title first (left out within one review). */
const ACTION_HEADS = ['review', 'recommendation', 'intervention', 'owner', 'due', 'status', 'answer'].map((key) => w('learning.col.' + key));
const NEXT_STATUS = { planned: ['under-way', 'done', 'dropped'], 'under-way': ['done', 'dropped'], done: [], dropped: [] };

function actionMarks(a) {
  return [a.overdue ? badge(w('learning.mark.overdue'), 'overdue') : null, a.escalated ? badge(w('learning.mark.escalated'), 'overdue') : null];
}

function interventionCell(a) {
  const i = a.intervention || {};
  const from = w(i.proposed ? (i.toCatalogue ? 'learning.action.proposedForCatalogue' : 'learning.action.proposed') : 'learning.action.fromCatalogue');
  return h('td', {}, i.title || '', h('br'), h('span', { class: 'muted' }, from + (i.category ? ' · ' + words('factorClass', i.category) : '') + (i.horizon ? ' · ' + words('horizon', i.horizon) : '')),
    i.interventionId ? [h('br'), h('a', { href: '#effect=' + encodeURIComponent(i.interventionId) + '&unit=' + encodeURIComponent(a.unit) }, w('learning.effect.heading'))] : null);
}

/** One action as a row; with the review's title first when listed across reviews. */
function actionRow(a, acrossReviews, change) {
  return h('tr', { class: a.overdue ? 'has-overdue' : '', 'data-status': a.status },
    acrossReviews ? h('td', {}, h('a', { href: '#review=' + encodeURIComponent(a.reviewId) }, a.reviewTitle)) : null,
    h('td', {}, a.recommendation, a.repeat ? [' ', badge(w('learning.action.repeat'), 'repeat'), h('span', { class: 'muted' }, ' ', w('learning.action.repeatNote'))] : null),
    interventionCell(a),
    h('td', {}, words('owner', a.ownerRole), h('br'), h('span', { class: 'muted' }, unitWords(a.unit))),
    h('td', { class: 'nowrap' }, dayEl(a.dueOn), ' ', actionMarks(a)),
    h('td', { 'data-column': 'status' }, words('actionStatus', a.status)),
    h('td', { 'data-column': 'answer' }, a.response ? words('response', a.response) : h('span', { class: 'muted' }, w('learning.action.notAnswered'))),
    change ? h('td', {}, change) : null);
}

function renderActions() {
  const r = rv.review;
  const follow = holds(FOLLOW_UP_ROLES);
  const heads = ACTION_HEADS.slice(1).concat(follow ? [w('learning.col.change')] : []);
  const table = r.actions.length
    ? grid('review-actions', w('learning.action.caption'), heads, r.actions.map((a) => actionRow(a, false, follow ? changeForms(a) : null)))
    : h('p', { class: 'muted' }, w('learning.action.none'));
  const adding = holds(REVIEWER_ROLES) ? [catalogueActionForm(), proposedActionForm()] : null;
  shown('actions', '', table, adding);
}

function changeForms(a) {
  const key = 'act-' + a.actionId.slice(0, 8);
  const next = NEXT_STATUS[a.status] || [];
  const statusForm = next.length ? h('form', { id: key + '-status-form', class: 'command-form', 'aria-label': w('learning.action.changeStatus'), onsubmit: (ev) => {
    ev.preventDefault();
    const f = ev.currentTarget;
    reviewCommand(f, 'POST', '/actions/' + a.actionId + '/status', { status: f.elements.status.value || undefined, reason: f.elements.reason.value.trim() || undefined },
      w('learning.action.statusChanged'));
  } },
  field(key + '-status', 'status', w('learning.action.newStatus'), h('select', {}, options(next.map((s) => [s, words('actionStatus', s)]), '', w('learning.choose')))),
  field(key + '-status', 'reason', w('learning.action.dropReason'), textBox(2)),
  h('button', { type: 'submit' }, w('learning.action.changeStatus'))) : null;
  const answerForm = h('form', { id: key + '-answer-form', class: 'command-form', 'aria-label': w('learning.action.recordAnswer'), onsubmit: (ev) => {
    ev.preventDefault();
    const f = ev.currentTarget;
    reviewCommand(f, 'POST', '/actions/' + a.actionId + '/response', { response: f.elements.response.value || undefined, reason: f.elements.reason.value.trim() || undefined },
      w('learning.action.answerRecorded'));
  } },
  field(key + '-answer', 'response', w('learning.col.answer'), h('select', {}, options(pairsOf('response'), '', w('learning.choose')))),
  field(key + '-answer', 'reason', w('learning.action.rejectReason'), textBox(2)),
  h('button', { type: 'submit' }, w('learning.action.recordAnswerButton')));
  return h('details', { id: key + '-change' }, h('summary', {}, w('learning.action.changeOrAnswer')), statusForm, answerForm);
}

const ownerOptions = (value) => options(Object.keys(LW.owner).map((role) => [role, LW.owner[role]]), value, w('learning.action.chooseOwner'));

function actionCommonFields(prefix) {
  return [
    field(prefix, 'recommendation', w('learning.field.recommendation'), textBox(2), w('learning.action.recommendationHint')),
    field(prefix, 'ownerRole', w('learning.field.ownerRole'), h('select', {}, ownerOptions(''))),
    field(prefix, 'unit', w('learning.field.unit'), h('select', {}, unitOptions(rv.review.unit || ''))),
    field(prefix, 'dueOn', w('learning.field.dueOn'), h('input', { type: 'date' })),
  ];
}

const actionBody = (f, intervention) => ({
  recommendation: f.elements.recommendation.value.trim(),
  intervention: intervention,
  ownerRole: f.elements.ownerRole.value || undefined,
  unit: f.elements.unit.value || undefined,
  dueOn: f.elements.dueOn.value,
});

function catalogueActionForm() {
  const interventions = (catalogueNow && catalogueNow.interventions) || [];
  if (!interventions.length) return h('p', { class: 'muted' }, w('learning.action.catalogueEmpty'));
  const choices = [h('option', { value: '' }, w('learning.action.chooseIntervention'))].concat(Object.keys(LW.factorClass).map((cls) =>
    h('optgroup', { label: words('factorClass', cls) }, interventions.filter((i) => i.category === cls).map((i) =>
      h('option', { value: i.id }, i.title + ' (' + inSentence(words('horizon', i.horizon)) + ')')))));
  const picked = (ev) => {
    const i = interventions.find((x) => x.id === ev.target.value);
    $('catalogue-action-interventionId-hint').textContent = i ? i.description : w('learning.action.interventionHint');
    if (i && LW.owner[i.ownerRole]) $('catalogue-action-ownerRole').value = i.ownerRole;
  };
  return h('details', { id: 'add-catalogue-action', class: 'add-form' }, h('summary', {}, w('learning.action.addFromCatalogue')),
    h('form', { id: 'catalogue-action-form', class: 'command-form', 'aria-label': w('learning.action.addFromCatalogue'), onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/actions', actionBody(f, { interventionId: f.elements.interventionId.value }), w('learning.action.added'));
    } },
    field('catalogue-action', 'interventionId', w('learning.field.intervention'), h('select', { onchange: picked }, choices), w('learning.action.interventionHint')),
    actionCommonFields('catalogue-action'),
    h('button', { type: 'submit' }, w('learning.action.submit'))));
}

function proposedActionForm() {
  return h('details', { id: 'add-proposed-action', class: 'add-form' }, h('summary', {}, w('learning.action.propose')),
    h('form', { id: 'proposed-action-form', class: 'command-form', 'aria-label': w('learning.action.propose'), onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      const proposed = { title: f.elements.title.value.trim(), category: f.elements.category.value || undefined, horizon: f.elements.horizon.value || undefined,
        toCatalogue: f.elements.toCatalogue.checked };
      reviewCommand(f, 'POST', '/actions', actionBody(f, { proposed: proposed }), w('learning.action.added'));
    } },
    field('proposed-action', 'title', w('learning.action.newIntervention'), h('input', { autocomplete: 'off', maxlength: 200 })),
    field('proposed-action', 'category', w('learning.field.class'), h('select', {}, options(pairsOf('factorClass'), '', w('learning.chooseClass')))),
    field('proposed-action', 'horizon', w('learning.col.horizon'), h('select', {}, options(pairsOf('horizon'), '', w('learning.choose')))),
    h('label', { class: 'choice' }, h('input', { type: 'checkbox', id: 'proposed-action-toCatalogue', name: 'toCatalogue' }), ' ', w('learning.action.toCatalogue')),
    actionCommonFields('proposed-action'),
    h('button', { type: 'submit' }, w('learning.action.submit'))));
}
`;
