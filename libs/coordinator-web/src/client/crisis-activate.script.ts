/**
 * Activating a readiness plan from the crisis board: a published plan, real or exercise, the level, how far it
 * reaches (areas and institutions from the organisation catalogue, never typed), and why. The server judges the
 * choice; its refusals go beside the fields they name. On success the page opens the new activation.
 */
export const CRISIS_ACTIVATE_JS = String.raw`
const SCOPE_CHOICES = ['national', 'area', 'institution', 'unit'].map((kind) => [kind, w('activate.reach.' + kind)]);
/** Which form field answers for each field the API names; scope.area is the institution's when the area follows from it. */
const ACTIVATE_FIELDS = { planId: 'planId', exercise: 'exercise', level: 'level', reason: 'reason', scope: 'scopeKind', 'scope.kind': 'scopeKind', 'scope.institution': 'institution', 'scope.unit': 'unit' };

/** The served institutions grouped under their area or region, each by its catalogue name. */
function institutionChoice() {
  const groups = SERVED_AREAS.map((area) => [area, Object.keys(INSTITUTION_NAMES).filter((slug) => INSTITUTION_AREAS[slug] === area)]).filter((g) => g[1].length);
  return h('select', {}, h('option', { value: '' }, w('activate.chooseInstitution')),
    groups.map((g) => h('optgroup', { label: areaName(g[0]) }, g[1].map((slug) => h('option', { value: slug }, INSTITUTION_NAMES[slug])))));
}

function activatePlanSection() {
  const key = 'activate';
  const about = h('p', { id: 'activate-plan-about', class: 'muted', 'aria-live': 'polite' });
  const form = h('form', { class: 'action', 'data-form': key, novalidate: true, onsubmit: (event) => { event.preventDefault(); sendActivation(form); } },
    formField(null, key, 'planId', w('activate.plan'), h('select', {}, h('option', { value: '' }, w('crisisBoard.loading')))),
    about,
    formField(null, key, 'exercise', w('activate.reality'), choice([['true', w('activate.exercise')], ['false', w('activate.real')]], '', w('activate.chooseReality'))),
    formField(null, key, 'level', w('crisisBoard.level'), choice(CRISIS_LEVELS, '', w('activate.planLevel'))),
    formField(null, key, 'scopeKind', w('activate.reach'), choice(SCOPE_CHOICES, '', w('activate.chooseReach'))),
    formField(null, key, 'area', w('activate.area'), choice(AREAS, '', w('activate.chooseArea'))),
    formField(null, key, 'institution', w('activate.institution'), institutionChoice()),
    formField(null, key, 'unit', w('activate.unit'), textInput(''), w('activate.unitHint')),
    formField(null, key, 'reason', w('activate.reason'), textArea('', 2), w('form.summaryHint')),
    h('p', { class: 'field-error form-error', 'aria-live': 'assertive' }),
    h('button', { type: 'submit' }, w('activate.submit')));
  const plans = form.elements.namedItem('planId');
  plans.addEventListener('change', () => describePlan(form, about));
  form.elements.namedItem('scopeKind').addEventListener('change', () => showReachFields(form));
  showReachFields(form);
  listPlans(plans);
  return h('section', { id: 'activate-plan', 'aria-label': w('activate.heading') },
    h('details', { 'data-key': key }, h('summary', {}, w('activate.heading') + '…'), form));
}

/** The published plans; a title two plans share also says which service's plan it is. */
async function listPlans(select) {
  const res = await api('GET', '/crisis-plans');
  const error = $(select.id + '-error');
  if (!res.ok) {
    fill(select, h('option', { value: '' }, w('activate.noPlans')));
    error.textContent = w('activate.plansFailed') + problemSentence(res);
    return;
  }
  const published = res.body.items.filter((p) => p.status === 'published' && p.currentVersion);
  const shared = (p) => published.some((o) => o !== p && o.title === p.title);
  // The plan list names no country; the starter sets name Kriminalomsorgen's plans no-….
  const service = (p) => (/^no-/.test(p.planId) ? 'Kriminalomsorgen' : 'Kriminalforsorgen');
  fill(select, h('option', { value: '' }, published.length ? w('activate.choosePlan') : w('activate.noPlans')),
    published.map((p) => h('option', { value: p.planId }, p.title + (shared(p) ? ' (' + service(p) + ')' : ''))));
}

/** What the chosen plan holds: its summary, the level it starts at and the roles it asks for. */
async function describePlan(form, about) {
  const planId = formValue(form, 'planId');
  const level = form.elements.namedItem('level');
  level.options[0].textContent = w('activate.planLevel');
  fill(about);
  if (!planId) return;
  const res = await api('GET', '/crisis-plans/' + encodeURIComponent(planId));
  if (formValue(form, 'planId') !== planId) return; // another plan was chosen meanwhile
  if (!res.ok) return fill(about, w('activate.planFailed') + problemSentence(res));
  const version = res.body.versions.find((v) => v.version === res.body.currentVersion);
  if (!version) return;
  const c = version.content;
  level.options[0].textContent = w('activate.planLevelIs', { level: levelName(c.initialLevel) });
  fill(about, c.summary ? [h('span', { lang: /^no-/.test(planId) ? 'nb' : 'da' }, c.summary), ' '] : null,
    w('activate.planRoles', { roles: c.roles.map(crisisRoleName).join(', ') }));
}

/** Only the places the chosen reach needs: an area, or an institution (its area follows), and for a unit its name. */
function showReachFields(form) {
  const kind = formValue(form, 'scopeKind');
  const shown = { area: kind === 'area', institution: kind === 'institution' || kind === 'unit', unit: kind === 'unit' };
  for (const name of Object.keys(shown)) form.querySelector('[data-field="' + name + '"]').hidden = !shown[name];
}

function activationBody(form) {
  const kind = formValue(form, 'scopeKind');
  const institution = formValue(form, 'institution');
  const exercise = formValue(form, 'exercise');
  const scope = { kind: kind || undefined };
  if (kind === 'area') scope.area = formValue(form, 'area') || undefined;
  if (kind === 'institution' || kind === 'unit') {
    scope.institution = institution || undefined;
    scope.area = institution ? INSTITUTION_AREAS[institution] : undefined;
  }
  // A unit is kept as a slug: lower case, words joined by hyphens.
  if (kind === 'unit') scope.unit = formValue(form, 'unit').trim().toLowerCase().replace(/\s+/g, '-') || undefined;
  return {
    planId: formValue(form, 'planId') || undefined,
    exercise: exercise === '' ? undefined : exercise === 'true',
    level: formValue(form, 'level') || undefined,
    scope: scope,
    reason: formValue(form, 'reason').trim(),
  };
}

/** Each refusal beside its field (scope.area beside the institution when the area follows from it), the rest above the button. */
function showActivateErrors(form, res) {
  const kind = formValue(form, 'scopeKind');
  const errors = {};
  const placed = [];
  for (const e of (res.body && res.body.errors) || []) {
    const name = e.field === 'scope.area' ? (kind === 'area' ? 'area' : kind === 'national' || !kind ? 'scopeKind' : 'institution') : ACTIVATE_FIELDS[e.field];
    if (!name) continue;
    errors[name] = (errors[name] ? errors[name] + '; ' : '') + e.message;
    placed.push(e.field);
  }
  form.querySelectorAll('[data-field]').forEach((field) => {
    const name = field.getAttribute('data-field');
    const control = form.elements.namedItem(name);
    $(control.id + '-error').textContent = errors[name] || '';
    if (errors[name]) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  });
  form.querySelector('.form-error').textContent = w('activate.notActivated') + problemSentence(res, placed);
  const invalid = form.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
}

async function sendActivation(form) {
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  complain('');
  say('');
  const res = await api('POST', '/crisis-activations', activationBody(form));
  if (!res.ok) {
    button.disabled = false;
    return showActivateErrors(form, res);
  }
  const id = res.body.activationId;
  say(w('activate.done'));
  // The activation's page reads the read model, which may trail the answer by a moment.
  for (let attempt = 0; attempt < 50 && !(await api('GET', '/crisis-activations/' + encodeURIComponent(id))).ok; attempt++) await sleep(100);
  location.assign('/crisis/activations/' + encodeURIComponent(id));
}
`;
