/**
 * Follow-up actions: each with its owner role and unit, due day, status and the unit's answer, marked overdue, escalated
 * or repeat in words; added from the catalogue or proposed anew, moved on and answered, after publication too.
 */
export const LEARNING_ACTIONS_JS = String.raw`
let catalogueNow = null;
const NEXT_STATUS = { planned: ['under-way', 'done', 'dropped'], 'under-way': ['done', 'dropped'], done: [], dropped: [] };

function actionMarks(a) {
  return [a.overdue ? badge('Overdue', 'overdue') : null, a.escalated ? badge('Escalated', 'overdue') : null];
}

function interventionCell(a) {
  const i = a.intervention || {};
  const from = i.proposed ? (i.toCatalogue ? 'Proposed, for the catalogue' : 'Proposed') : 'From the catalogue';
  return h('td', {}, i.title || '', h('br'), h('span', { class: 'muted' }, from + (i.category ? ' · ' + words('factorClass', i.category) : '') + (i.horizon ? ' · ' + words('horizon', i.horizon) : '')),
    i.interventionId ? [h('br'), h('a', { href: '#effect=' + encodeURIComponent(i.interventionId) + '&unit=' + encodeURIComponent(a.unit) }, 'Effect over time')] : null);
}

/** One action as a row; with the review's title first when listed across reviews. */
function actionRow(a, acrossReviews, change) {
  return h('tr', { class: a.overdue ? 'has-overdue' : '', 'data-status': a.status },
    acrossReviews ? h('td', {}, h('a', { href: '#review=' + encodeURIComponent(a.reviewId) }, a.reviewTitle)) : null,
    h('td', {}, a.recommendation, a.repeat ? [' ', badge('Repeat', 'repeat'), h('span', { class: 'muted' }, ' recommended to this unit in an earlier review')] : null),
    interventionCell(a),
    h('td', {}, words('owner', a.ownerRole), h('br'), h('span', { class: 'muted' }, unitWords(a.unit))),
    h('td', { class: 'nowrap' }, dayEl(a.dueOn), ' ', actionMarks(a)),
    h('td', { 'data-column': 'status' }, words('actionStatus', a.status)),
    h('td', { 'data-column': 'answer' }, a.response ? words('response', a.response) : h('span', { class: 'muted' }, 'Not answered yet')),
    change ? h('td', {}, change) : null);
}

function renderActions() {
  const r = rv.review;
  const follow = holds(FOLLOW_UP_ROLES);
  const heads = ['Recommendation', 'Intervention', 'Owner', 'Due', 'Status', 'The unit\u2019s answer'].concat(follow ? ['Change'] : []);
  const table = r.actions.length
    ? grid('review-actions', 'Follow-up actions of this review', heads, r.actions.map((a) => actionRow(a, false, follow ? changeForms(a) : null)))
    : h('p', { class: 'muted' }, 'No follow-up action yet.');
  const adding = holds(REVIEWER_ROLES) ? [catalogueActionForm(), proposedActionForm()] : null;
  shown('actions', '', table, adding);
}

function changeForms(a) {
  const key = 'act-' + a.actionId.slice(0, 8);
  const next = NEXT_STATUS[a.status] || [];
  const statusForm = next.length ? h('form', { id: key + '-status-form', class: 'command-form', 'aria-label': 'Change the status', onsubmit: (ev) => {
    ev.preventDefault();
    const f = ev.currentTarget;
    reviewCommand(f, 'POST', '/actions/' + a.actionId + '/status', { status: f.elements.status.value || undefined, reason: f.elements.reason.value.trim() || undefined },
      'The status is changed.');
  } },
  field(key + '-status', 'status', 'New status', h('select', {}, options(next.map((s) => [s, words('actionStatus', s)]), '', 'Choose…'))),
  field(key + '-status', 'reason', 'Reason (needed when dropped)', textBox(2)),
  h('button', { type: 'submit' }, 'Change the status')) : null;
  const answerForm = h('form', { id: key + '-answer-form', class: 'command-form', 'aria-label': 'Record the unit\u2019s answer', onsubmit: (ev) => {
    ev.preventDefault();
    const f = ev.currentTarget;
    reviewCommand(f, 'POST', '/actions/' + a.actionId + '/response', { response: f.elements.response.value || undefined, reason: f.elements.reason.value.trim() || undefined },
      'The answer is recorded.');
  } },
  field(key + '-answer', 'response', 'The unit\u2019s answer', h('select', {}, options(pairsOf('response'), '', 'Choose…'))),
  field(key + '-answer', 'reason', 'Reason (needed when rejected)', textBox(2)),
  h('button', { type: 'submit' }, 'Record the answer'));
  return h('details', { id: key + '-change' }, h('summary', {}, 'Change or answer'), statusForm, answerForm);
}

const ownerOptions = (value) => options(Object.keys(LW.owner).map((role) => [role, LW.owner[role]]), value, 'Choose the owner…');

function actionCommonFields(prefix) {
  return [
    field(prefix, 'recommendation', 'Recommendation', textBox(2), 'What is to be done, said of roles and places.'),
    field(prefix, 'ownerRole', 'Owner', h('select', {}, ownerOptions(''))),
    field(prefix, 'unit', 'Unit', h('select', {}, unitOptions(rv.review.unit || ''))),
    field(prefix, 'dueOn', 'Due date', h('input', { type: 'date' })),
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
  if (!interventions.length) return h('p', { class: 'muted' }, 'The catalogue of interventions is empty, so only new interventions can be proposed.');
  const choices = [h('option', { value: '' }, 'Choose the intervention…')].concat(Object.keys(LW.factorClass).map((cls) =>
    h('optgroup', { label: words('factorClass', cls) }, interventions.filter((i) => i.category === cls).map((i) =>
      h('option', { value: i.id }, i.title + ' (' + words('horizon', i.horizon).toLowerCase() + ')')))));
  const picked = (ev) => {
    const i = interventions.find((x) => x.id === ev.target.value);
    $('catalogue-action-interventionId-hint').textContent = i ? i.description : 'What each is for is in the catalogue below the reviews.';
    if (i && LW.owner[i.ownerRole]) $('catalogue-action-ownerRole').value = i.ownerRole;
  };
  return h('details', { id: 'add-catalogue-action', class: 'add-form' }, h('summary', {}, 'Add an action from the catalogue'),
    h('form', { id: 'catalogue-action-form', class: 'command-form', 'aria-label': 'Add an action from the catalogue', onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      reviewCommand(f, 'POST', '/actions', actionBody(f, { interventionId: f.elements.interventionId.value }), 'The follow-up action is added.');
    } },
    field('catalogue-action', 'interventionId', 'Intervention', h('select', { onchange: picked }, choices), 'What each is for is in the catalogue below the reviews.'),
    actionCommonFields('catalogue-action'),
    h('button', { type: 'submit' }, 'Add the action')));
}

function proposedActionForm() {
  return h('details', { id: 'add-proposed-action', class: 'add-form' }, h('summary', {}, 'Propose a new intervention'),
    h('form', { id: 'proposed-action-form', class: 'command-form', 'aria-label': 'Propose a new intervention', onsubmit: (ev) => {
      ev.preventDefault();
      const f = ev.currentTarget;
      const proposed = { title: f.elements.title.value.trim(), category: f.elements.category.value || undefined, horizon: f.elements.horizon.value || undefined,
        toCatalogue: f.elements.toCatalogue.checked };
      reviewCommand(f, 'POST', '/actions', actionBody(f, { proposed: proposed }), 'The follow-up action is added.');
    } },
    field('proposed-action', 'title', 'New intervention', h('input', { autocomplete: 'off', maxlength: 200 })),
    field('proposed-action', 'category', 'Class', h('select', {}, options(pairsOf('factorClass'), '', 'Choose the class…'))),
    field('proposed-action', 'horizon', 'Horizon', h('select', {}, options(pairsOf('horizon'), '', 'Choose…'))),
    h('label', { class: 'choice' }, h('input', { type: 'checkbox', id: 'proposed-action-toCatalogue', name: 'toCatalogue' }), ' Propose it for the catalogue'),
    actionCommonFields('proposed-action'),
    h('button', { type: 'submit' }, 'Add the action')));
}
`;
