/**
 * One action card: its status and versions, the draft editor (steps with titles, order, due-after, prerequisites chosen
 * by title), the draft as the coordinator will see it, what changed, publishing and retiring; and a new card.
 */
export const AUTHORING_CARD_JS = String.raw`
let newStepCount = 0;

/** The editor's copy of a card: steps keyed by their id, or by a key of their own until the API has one made from their title. */
function cardModel(card) {
  if (!card) return { title: '', situation: '', summary: '', steps: [emptyStep()] };
  return { title: card.title, situation: card.situation, summary: card.summary || '', steps: card.steps.map(stepModel) };
}

function stepModel(s) {
  const due = splitDuration(s.deadlineMinutes);
  return { key: s.id, id: s.id, title: s.title, instructions: s.instructions, responsibleRole: s.responsibleRole, amount: due.amount, unit: due.unit,
    mandatory: s.mandatory, noteRequired: s.noteRequired, prerequisites: s.prerequisites.slice() };
}

function emptyStep() {
  newStepCount += 1;
  return { key: 'new-' + newStepCount, id: null, title: '', instructions: '', responsibleRole: '', amount: '1', unit: 'hours', mandatory: true, noteRequired: false, prerequisites: [] };
}

/** Minutes, when the amount is a number; otherwise what was typed, for the API to refuse beside the field. */
function deadlineOf(s) {
  const amount = Number(String(s.amount).trim().replace(',', '.'));
  return String(s.amount).trim() && Number.isFinite(amount) ? Math.round(amount * DURATION_UNITS[s.unit]) : String(s.amount);
}

/** The card as the API takes it: a new step gets an id made from its title, prerequisites go by id. */
function cardBody(model) {
  const taken = model.steps.filter((s) => s.id).map((s) => s.id);
  const idOf = {};
  model.steps.forEach((s, i) => {
    idOf[s.key] = s.id || slugOf(s.title, taken, 'step-' + (i + 1));
    if (!s.id) taken.push(idOf[s.key]);
  });
  return {
    title: model.title,
    situation: model.situation,
    summary: model.summary,
    steps: model.steps.map((s) => ({
      id: idOf[s.key], title: s.title, instructions: s.instructions, responsibleRole: s.responsibleRole, deadline: deadlineOf(s),
      mandatory: s.mandatory, noteRequired: s.noteRequired, prerequisites: s.prerequisites.filter((k) => idOf[k]).map((k) => idOf[k]),
    })),
  };
}

const stepLabel = (s, i) => s.title.trim() || w('authoring.step.untitled', { n: i + 1 });

function cardEditor() {
  const m = page.model;
  const e = page.errors;
  return h('form', { id: 'card-form', novalidate: true, onsubmit: saveCard },
    labelled('card-title', w('authoring.card.title'), bound(m, 'title', 'input'), e.title),
    labelled('card-situation', w('authoring.card.situation'), boundSelect(m, 'situation', SITUATIONS.map((s) => [s, situationName(s)]), w('authoring.choose')), e.situation),
    labelled('card-summary', w('authoring.card.summary'), bound(m, 'summary', 'textarea', 3), e.summary, w('authoring.optional')),
    h('h3', { id: 'steps-heading' }, w('authoring.steps.heading')),
    h('p', { id: 'steps-error', class: 'field-error', 'aria-live': 'polite' }, e.steps || ''),
    h('ol', { class: 'step-editors', 'aria-labelledby': 'steps-heading' }, m.steps.map(stepEditor)),
    h('p', {}, h('button', { type: 'button', id: 'add-step', onclick: addStep }, w('authoring.steps.add'))),
    h('p', {}, h('button', { type: 'submit', class: 'primary' }, page.id ? w('authoring.saveDraft') : w('authoring.createCard'))));
}

function stepEditor(s, i) {
  const m = page.model;
  const e = page.errors;
  const at = 'steps.' + i + '.';
  const id = 'step-' + s.key;
  const others = m.steps.filter((o) => o !== s);
  const title = bound(s, 'title', 'input', 0, () => renamePrerequisite(s, i));
  title.setAttribute('maxlength', '200');
  const after = others.map((o) => checkbox(id + '-after-' + o.key, stepLabel(o, m.steps.indexOf(o)), s.prerequisites.indexOf(o.key) >= 0,
    (event) => togglePrerequisite(s, o.key, event.target.checked), { 'data-prerequisite': o.key }));
  return h('li', { class: 'step-editor', id: id, 'data-step-key': s.key },
    h('fieldset', {},
      h('legend', {}, w('authoring.steps.legend', { n: i + 1 })),
      labelled(id + '-title', w('authoring.step.title'), title, e[at + 'title']),
      labelled(id + '-instructions', w('authoring.step.instructions'), bound(s, 'instructions', 'textarea', 2), e[at + 'instructions']),
      labelled(id + '-role', w('authoring.step.responsible'), boundSelect(s, 'responsibleRole', RESPONSIBLE_ROLES.map((r) => [r, responsibleName(r)]), w('authoring.choose')), e[at + 'responsibleRole']),
      dueField(s, id, e[at + 'deadline']),
      h('div', { class: 'flags' },
        checkbox(id + '-mandatory', w('authoring.step.mandatory'), s.mandatory, (event) => (s.mandatory = event.target.checked)),
        checkbox(id + '-note', w('authoring.step.noteRequired'), s.noteRequired, (event) => (s.noteRequired = event.target.checked))),
      others.length ? choiceGroup(id + '-after', w('authoring.step.after'), e[at + 'prerequisites'], after, w('authoring.step.afterHint')) : null,
      h('p', { class: 'step-buttons' },
        h('button', { type: 'button', onclick: () => moveStep(i, -1), disabled: i === 0 }, w('authoring.steps.up', { n: i + 1 })), ' ',
        h('button', { type: 'button', onclick: () => moveStep(i, 1), disabled: i === m.steps.length - 1 }, w('authoring.steps.down', { n: i + 1 })), ' ',
        h('button', { type: 'button', onclick: () => removeStep(i), disabled: m.steps.length === 1 }, w('authoring.steps.remove', { n: i + 1 })))));
}

/** Due after the run starts: a number and its unit (minutes, hours, days). */
function dueField(s, id, error) {
  const amount = bound(s, 'amount', 'input');
  amount.setAttribute('inputmode', 'decimal');
  amount.classList.add('amount');
  const unit = boundSelect(s, 'unit', [['minutes', w('authoring.unit.minutes')], ['hours', w('authoring.unit.hours')], ['days', w('authoring.unit.days')]], null);
  unit.id = id + '-unit';
  unit.classList.add('unit');
  unit.setAttribute('aria-label', w('authoring.step.dueUnit'));
  const field = labelled(id + '-due', w('authoring.step.due'), amount, error, w('authoring.step.dueHint'));
  amount.after(unit);
  return field;
}

/** A step's new title shows at once where the other steps offer it as a prerequisite. */
function renamePrerequisite(s, i) {
  document.querySelectorAll('[data-prerequisite="' + s.key + '"] span').forEach((span) => (span.textContent = stepLabel(s, i)));
}

function togglePrerequisite(s, key, on) {
  s.prerequisites = s.prerequisites.filter((k) => k !== key).concat(on ? [key] : []);
}

/** After a change of shape the editor is drawn again from the draft (nothing typed is lost) and the focus goes where the change is. */
function redrawEditor(focusId) {
  page.errors = {};
  fill($('card-editor'), cardEditor());
  if ($(focusId)) $(focusId).focus();
}

function addStep() {
  const s = emptyStep();
  page.model.steps.push(s);
  redrawEditor('step-' + s.key + '-title');
}

function moveStep(i, by) {
  const steps = page.model.steps;
  const [s] = steps.splice(i, 1);
  steps.splice(i + by, 0, s);
  redrawEditor('step-' + s.key + '-title');
  say(w('authoring.steps.moved', { step: stepLabel(s, i + by), n: i + by + 1 }));
}

function removeStep(i) {
  const [gone] = page.model.steps.splice(i, 1);
  page.model.steps.forEach((s) => (s.prerequisites = s.prerequisites.filter((k) => k !== gone.key)));
  redrawEditor('add-step');
  say(w('authoring.steps.removed', { step: stepLabel(gone, i) }));
}

async function saveCard(event) {
  event.preventDefault();
  complain('');
  const body = cardBody(page.model);
  const button = event.submitter;
  if (button) button.disabled = true;
  if (!page.id) {
    const templateId = slugOf(body.title, page.taken, 'card');
    const res = await api('POST', '/action-card-templates', Object.assign(body, { templateId: templateId }));
    if (button) button.disabled = false;
    if (!res.ok) return settle(res);
    history.pushState(null, '', '/authoring/templates/' + templateId);
    currentGeneration += 1;
    return showTemplate(templateId, currentGeneration, { revision: res.body.revision, notice: w('authoring.created.card') });
  }
  const res = await api('PUT', apiBase() + '/draft', Object.assign(body, { expectedRevision: page.item.revision }));
  if (button) button.disabled = false;
  return settle(res, w('authoring.draftSaved'), 'authoring.conflict.draft');
}

/** The card's page, read from the API (after a change, once it shows it); what was typed stays when asked to. */
async function showTemplate(templateId, generation, after) {
  const keep = after && after.keepModel && page && page.kind === 'template' && page.id === templateId ? page : null;
  if (!keep) fill($('main'), backLink(), h('p', { role: 'status' }, w('authoring.loadingOne')));
  const path = '/action-card-templates/' + templateId;
  const res = after && after.revision !== undefined ? await readAfter(path, after.revision) : await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return notShown(res, 'authoring.cardNotFound');
  const t = res.body;
  const shown = t.draft ? t.draft.card : t.current ? t.current.card : null;
  page = { kind: 'template', id: templateId, item: t, model: keep ? keep.model : cardModel(shown), errors: {}, versions: {}, compare: keep ? keep.compare : null, retire: keep ? keep.retire : null };
  if (t.current) page.versions[String(t.current.version)] = t.current.card;
  renderTemplate();
  if (after && after.notice) say(after.notice);
}

function notShown(res, notFoundKey) {
  fill($('main'), backLink(), h('h1', {}, w('authoring.heading')),
    h('p', { class: 'problem' }, res.status === 404 ? w(notFoundKey) : res.status === 403 ? w('authoring.noRead') : w('authoring.loadFailed') + problemText(res)));
}

function renderTemplate() {
  const t = page.item;
  const current = t.current ? t.current.version : null;
  const last = t.versions[t.versions.length - 1];
  const shown = t.draft ? t.draft.card : t.current ? t.current.card : null;
  const title = shown ? shown.title : last ? last.title : '';
  const editable = mayAuthor() && t.status !== 'retired';
  const nextVersion = t.draft ? t.draft.version : (last ? last.version : 0) + 1;
  document.title = title + ' · ' + w('authoring.heading') + ' · Vigil';
  fill($('main'),
    backLink(),
    h('h1', { id: 'authoring-title' }, title),
    h('dl', { class: 'facts' },
      h('dt', {}, w('authoring.col.status')), h('dd', { id: 'status-words' }, statusWords({ status: t.status, currentVersion: current, draftVersion: t.draft ? t.draft.version : null })),
      shown ? [h('dt', {}, w('authoring.col.situation')), h('dd', {}, situationName(shown.situation))] : null,
      h('dt', {}, w('authoring.versions')), h('dd', {}, versionsList(t.versions))),
    readOnlyNote(),
    editable ? section('draft', w(t.draft ? 'authoring.draft.heading' : 'authoring.draft.start', { version: nextVersion }), w('authoring.draft.intro'), h('div', { id: 'card-editor' }, cardEditor())) : null,
    shown ? section('preview', w(t.draft ? 'authoring.preview.draft' : 'authoring.preview.current', { version: t.draft ? t.draft.version : current }), w('authoring.preview.intro'), cardPreview(shown)) : null,
    compareSection(current),
    editable && t.draft ? publishSection('card') : null,
    editable ? retireSection('card') : null);
  showDiff();
}

async function showNewTemplate(generation) {
  fill($('main'), backLink(), h('h1', {}, w('authoring.new.card')), h('p', { role: 'status' }, w('authoring.loadingOne')));
  const res = await api('GET', '/action-card-templates');
  if (generation !== currentGeneration) return;
  page = { kind: 'template', id: null, item: null, model: cardModel(null), errors: {}, taken: res.ok ? res.body.items.map((t) => t.templateId) : [] };
  renderNewTemplate();
}

function renderNewTemplate() {
  document.title = w('authoring.new.card') + ' · Vigil';
  fill($('main'), backLink(), h('h1', {}, w('authoring.new.card')),
    mayAuthor() ? [h('p', { class: 'lead' }, w('authoring.new.cardIntro')), h('div', { id: 'card-editor' }, cardEditor())] : readOnlyNote());
}
`;
