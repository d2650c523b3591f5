/**
 * One readiness plan: its status, versions and revision date, the draft editor (scenario, action cards chosen by title,
 * crisis roles, starting level, revision interval), the draft as the crisis lead will meet it, what changed, publishing,
 * confirming a revision that changes nothing, and retiring; and a new plan.
 */
export const AUTHORING_PLAN_JS = String.raw`
function planModel(plan) {
  if (!plan) return { title: '', scenario: '', summary: '', actionCardTemplateIds: [], roles: ['crisis-lead'], initialLevel: 'operational', revisionIntervalDays: '365' };
  return Object.assign({}, plan, { summary: plan.summary || '', actionCardTemplateIds: plan.actionCardTemplateIds.slice(), roles: plan.roles.slice(), revisionIntervalDays: String(plan.revisionIntervalDays) });
}

/** The plan as the API takes it; days that are not a whole number go as typed, for the API to refuse beside the field. */
function planBody(m) {
  const days = String(m.revisionIntervalDays).trim();
  return { title: m.title, scenario: m.scenario, summary: m.summary, actionCardTemplateIds: m.actionCardTemplateIds, roles: m.roles,
    initialLevel: m.initialLevel, revisionIntervalDays: /^[0-9]+$/.test(days) ? Number(days) : days };
}

const toggled = (list, value, on) => list.filter((x) => x !== value).concat(on ? [value] : []);

function planEditor() {
  const m = page.model;
  const e = page.errors;
  // Cards a plan can start: those not retired, and any it lists already.
  const cards = (page.templates || []).filter((t) => t.status !== 'retired' || m.actionCardTemplateIds.indexOf(t.templateId) >= 0);
  const days = bound(m, 'revisionIntervalDays', 'input');
  days.setAttribute('inputmode', 'numeric');
  days.classList.add('amount');
  return h('form', { id: 'plan-form', novalidate: true, onsubmit: savePlan },
    labelled('plan-title', w('authoring.plan.title'), bound(m, 'title', 'input'), e.title),
    labelled('plan-scenario', w('authoring.plan.scenario'), boundSelect(m, 'scenario', SCENARIOS.map((s) => [s, scenarioName(s)]), w('authoring.choose')), e.scenario),
    labelled('plan-summary', w('authoring.plan.summary'), bound(m, 'summary', 'textarea', 3), e.summary, w('authoring.optional')),
    choiceGroup('plan-cards', w('authoring.plan.cards'), e.actionCardTemplateIds,
      cards.length ? cards.map((t) => checkbox('plan-card-' + t.templateId, t.title + (t.currentVersion ? '' : ' (' + w('authoring.notPublished') + ')'),
        m.actionCardTemplateIds.indexOf(t.templateId) >= 0, (event) => (m.actionCardTemplateIds = toggled(m.actionCardTemplateIds, t.templateId, event.target.checked))))
        : h('p', {}, w('authoring.plan.noCardsToChoose')),
      w('authoring.plan.cardsHint')),
    choiceGroup('plan-roles', w('authoring.plan.roles'), e.roles,
      PLAN_ROLES.map((r) => checkbox('plan-role-' + r, planRoleName(r), m.roles.indexOf(r) >= 0, (event) => (m.roles = toggled(m.roles, r, event.target.checked)))),
      w('authoring.plan.rolesHint')),
    labelled('plan-level', w('authoring.plan.level'), boundSelect(m, 'initialLevel', PLAN_LEVELS.map((l) => [l, planLevelName(l)]), null), e.initialLevel),
    labelled('plan-revision', w('authoring.plan.revisedEvery'), days, e.revisionIntervalDays, w('authoring.plan.revisedEveryHint')),
    h('p', {}, h('button', { type: 'submit', class: 'primary' }, page.id ? w('authoring.saveDraft') : w('authoring.createPlan'))));
}

async function savePlan(event) {
  event.preventDefault();
  complain('');
  const body = planBody(page.model);
  const button = event.submitter;
  if (button) button.disabled = true;
  if (!page.id) {
    const planId = slugOf(body.title, page.taken, 'plan');
    const res = await api('POST', '/crisis-plans', Object.assign(body, { planId: planId }));
    if (button) button.disabled = false;
    if (!res.ok) return settle(res);
    history.pushState(null, '', '/authoring/plans/' + planId);
    currentGeneration += 1;
    return showPlan(planId, currentGeneration, { revision: res.body.revision, notice: w('authoring.created.plan') });
  }
  const res = await api('PUT', apiBase() + '/draft', Object.assign(body, { expectedRevision: page.item.revision }));
  if (button) button.disabled = false;
  return settle(res, w('authoring.draftSaved'), 'authoring.conflict.draft');
}

async function showPlan(planId, generation, after) {
  const keep = after && after.keepModel && page && page.kind === 'plan' && page.id === planId ? page : null;
  if (!keep) fill($('main'), backLink(), h('p', { role: 'status' }, w('authoring.loadingOne')));
  const path = '/crisis-plans/' + planId;
  const [res, cards] = await Promise.all([after && after.revision !== undefined ? readAfter(path, after.revision) : api('GET', path), api('GET', '/action-card-templates')]);
  if (generation !== currentGeneration) return;
  if (!res.ok) return notShown(res, 'authoring.planNotFound');
  const p = res.body;
  const current = p.versions.find((v) => v.version === p.currentVersion);
  const shown = p.draft ? p.draft.content : current ? current.content : null;
  page = { kind: 'plan', id: planId, item: p, model: keep ? keep.model : planModel(shown), errors: {}, templates: cards.ok ? cards.body.items : [],
    compare: keep ? keep.compare : null, retire: keep ? keep.retire : null, confirm: keep ? keep.confirm : null };
  renderPlan();
  if (after && after.notice) say(after.notice);
}

function renderPlan() {
  const p = page.item;
  const current = p.versions.find((v) => v.version === p.currentVersion);
  const last = p.versions[p.versions.length - 1];
  const shown = p.draft ? p.draft.content : current ? current.content : last ? last.content : null;
  const editable = mayAuthor() && p.status !== 'retired';
  const nextVersion = p.draft ? p.draft.version : (last ? last.version : 0) + 1;
  document.title = p.title + ' · ' + w('authoring.heading') + ' · Vigil';
  fill($('main'),
    backLink(),
    h('h1', { id: 'authoring-title' }, shown ? shown.title : p.title),
    h('dl', { class: 'facts' },
      h('dt', {}, w('authoring.col.status')), h('dd', { id: 'status-words' }, statusWords(p)),
      h('dt', {}, w('authoring.col.scenario')), h('dd', {}, scenarioName(p.scenario)),
      p.revisionDueAt ? [h('dt', {}, w('authoring.col.revision')), h('dd', { class: p.revisionOverdue ? 'overdue' : null }, revisionWords(p))] : null,
      h('dt', {}, w('authoring.versions')), h('dd', {}, versionsList(p.versions))),
    readOnlyNote(),
    editable ? section('draft', w(p.draft ? 'authoring.draft.heading' : 'authoring.draft.start', { version: nextVersion }), w('authoring.draft.planIntro'), h('div', { id: 'plan-editor' }, planEditor())) : null,
    shown && p.status !== 'retired'
      ? section('preview', w(p.draft ? 'authoring.preview.draft' : 'authoring.preview.current', { version: p.draft ? p.draft.version : p.currentVersion }), w('authoring.preview.planIntro'), planPreview(shown))
      : null,
    compareSection(p.currentVersion),
    editable && p.draft ? publishSection('plan') : null,
    editable && p.status === 'published' ? confirmSection() : null,
    editable ? retireSection('plan') : null);
  showDiff();
}

/** A revision that finds the plan still right: a note says what was checked, and the revision clock starts again. */
function confirmSection() {
  page.confirm = page.confirm || { note: '' };
  const note = bound(page.confirm, 'note', 'textarea', 2);
  const submit = (event) => {
    event.preventDefault();
    command('revision-confirmations', { note: page.confirm.note }, w('authoring.confirmed'), 'authoring.conflict.confirm', event.submitter);
  };
  return section('confirm', w('authoring.confirm.heading'), w('authoring.confirm.intro'),
    h('form', { id: 'confirm-form', novalidate: true, onsubmit: submit },
      labelled('confirm-note', w('authoring.confirm.note'), note, page.errors.note),
      h('button', { type: 'submit' }, w('authoring.confirm.button'))));
}

async function showNewPlan(generation) {
  fill($('main'), backLink(), h('h1', {}, w('authoring.new.plan')), h('p', { role: 'status' }, w('authoring.loadingOne')));
  const [plans, cards] = await Promise.all([api('GET', '/crisis-plans'), api('GET', '/action-card-templates')]);
  if (generation !== currentGeneration) return;
  page = { kind: 'plan', id: null, item: null, model: planModel(null), errors: {}, templates: cards.ok ? cards.body.items : [],
    taken: plans.ok ? plans.body.items.map((p) => p.planId) : [] };
  renderNewPlan();
}

function renderNewPlan() {
  document.title = w('authoring.new.plan') + ' · Vigil';
  fill($('main'), backLink(), h('h1', {}, w('authoring.new.plan')),
    mayAuthor() ? [h('p', { class: 'lead' }, w('authoring.new.planIntro')), h('div', { id: 'plan-editor' }, planEditor())] : readOnlyNote());
}
`;
