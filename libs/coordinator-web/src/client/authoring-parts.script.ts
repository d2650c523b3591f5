/**
 * What a card's page and a plan's page share: the page state, sections, fields bound to the draft being edited (so a
 * re-render keeps what was typed), the comparison of two versions, publishing and retiring with the revision the person
 * saw, and how an answer is settled: a field error beside its field, a lost race (409) in words, then a fresh read.
 */
export const AUTHORING_PARTS_JS = String.raw`
/** The card or plan on the page: kind, id (null while new), the API's view of it, the draft being edited and its field errors. */
let page = null;

function section(id, heading, intro, ...body) {
  return h('section', { id: id, class: 'authoring-section', 'aria-labelledby': id + '-heading' },
    h('h2', { id: id + '-heading' }, heading),
    intro ? h('p', { class: 'lead' }, intro) : null,
    body);
}

const backLink = () => h('p', { class: 'back' }, h('a', { href: '/authoring' }, w('authoring.back')));

/** A text field (or text area) that writes what is typed into the draft as it is typed. */
function bound(obj, key, tag, rows, onInput) {
  const el = tag === 'textarea' ? h('textarea', { rows: rows || 3 }) : h('input', { type: 'text', autocomplete: 'off' });
  el.value = obj[key] === null || obj[key] === undefined ? '' : String(obj[key]);
  el.addEventListener('input', () => {
    obj[key] = el.value;
    if (onInput) onInput(el.value);
  });
  return el;
}

function boundSelect(obj, key, options, prompt) {
  const el = selectOf(options, obj[key], prompt);
  el.addEventListener('change', () => (obj[key] = el.value));
  return el;
}

/** The first field the API refused gets the focus, so a keyboard user lands on it. */
function focusFirstError() {
  const field = document.querySelector('main [aria-invalid="true"]');
  if (field) field.focus();
}

function renderPage() {
  if (page.kind === 'template') return page.id ? renderTemplate() : renderNewTemplate();
  return page.id ? renderPlan() : renderNewPlan();
}

function reloadPage(after) {
  currentGeneration += 1;
  return page.kind === 'template' ? showTemplate(page.id, currentGeneration, after) : showPlan(page.id, currentGeneration, after);
}

const apiBase = () => (page.kind === 'template' ? '/action-card-templates/' : '/crisis-plans/') + page.id;

/**
 * A change answered: read the record again once it shows the change; a lost race said in words and the record read again
 * (what was typed stays); a refusal beside its fields and in one sentence above.
 */
async function settle(res, notice, conflictKey) {
  if (res.ok) {
    page.errors = {};
    return reloadPage({ revision: res.body.revision, notice: notice });
  }
  if (isStale(res)) {
    complain(w(conflictKey));
    return reloadPage({ keepModel: true, revision: res.body.currentRevision });
  }
  if (res.status === 403) return complain(w('authoring.mayNot'));
  page.errors = fieldErrors(res);
  renderPage();
  complain(w('authoring.notDone') + ' ' + ((res.body && res.body.detail) || problemText(res)));
  focusFirstError();
}

/** A command on the card or plan, sent with the revision the person saw: a stale one is refused (409), never applied blindly. */
async function command(action, body, notice, conflictKey, button) {
  complain('');
  if (button) button.disabled = true;
  const res = await api('POST', apiBase() + '/' + action, Object.assign(body, { expectedRevision: page.item.revision }));
  if (button) button.disabled = false;
  return settle(res, notice, conflictKey);
}

/** The version numbers on record and the draft, for choosing two to compare. */
function compareOptions() {
  const options = page.item.versions.map((v) => [String(v.version), w('authoring.compare.version', { version: v.version, status: versionStatusWords(v.status) })]);
  if (page.item.draft) options.push(['draft', w('authoring.compare.draft', { version: page.item.draft.version })]);
  return options;
}

/** Two choices and what changed between them: by default the version in force and the draft, else the last two versions. */
function compareSection(currentVersion) {
  const options = compareOptions();
  if (options.length < 2) return section('compare', w('authoring.compare.heading'), null, h('p', { id: 'compare-none' }, w('authoring.compare.nothing')));
  if (!page.compare) {
    const from = page.item.draft && currentVersion ? String(currentVersion) : options[options.length - 2][0];
    page.compare = { from: from, to: options[options.length - 1][0] };
  }
  const from = boundSelect(page.compare, 'from', options, null);
  const to = boundSelect(page.compare, 'to', options, null);
  from.addEventListener('change', showDiff);
  to.addEventListener('change', showDiff);
  return section('compare', w('authoring.compare.heading'), w('authoring.compare.intro'),
    h('div', { class: 'compare-controls' }, labelled('compare-from', w('authoring.compare.from'), from), labelled('compare-to', w('authoring.compare.to'), to)),
    h('div', { id: 'diff', 'aria-live': 'polite' }));
}

let diffAsked = 0;

/** The chosen pair's difference in words; a newer choice wins over a version still being read. */
async function showDiff() {
  if (!$('diff')) return;
  const asked = ++diffAsked;
  const [a, b] = await Promise.all([contentOf(page.compare.from), contentOf(page.compare.to)]);
  if (asked !== diffAsked || !$('diff')) return;
  if (!a || !b) return fill($('diff'), h('p', { class: 'problem' }, w('authoring.compare.failed')));
  fill($('diff'), page.kind === 'template' ? cardDiffView(cardDiff(a, b)) : planDiffView(planDiff(a, b)));
}

/** A version's content: the draft and plan versions come with the record, a card's older versions are read when asked for. */
async function contentOf(key) {
  if (key === 'draft') return page.item.draft ? page.item.draft.card || page.item.draft.content : null;
  if (page.kind === 'plan') return (page.item.versions.find((v) => String(v.version) === key) || {}).content || null;
  if (!page.versions[key]) {
    const res = await api('GET', apiBase() + '/versions/' + key);
    if (res.ok) page.versions[key] = res.body.card;
  }
  return page.versions[key] || null;
}

/** Publishing the draft: what it does, in words, and one button. */
function publishSection(noun) {
  const item = page.item;
  const version = item.draft.version;
  const current = item.currentVersion || (item.current && item.current.version) || null;
  const button = h('button', { type: 'button', id: 'publish-button', class: 'primary' }, w('authoring.publish.button', { version: version }));
  button.addEventListener('click', () => command('publication', {}, w('authoring.published', { version: version }), 'authoring.conflict.publish', button));
  return section('publish', w('authoring.publish.heading'),
    current ? w('authoring.publish.' + noun + '.next', { version: version, current: current }) : w('authoring.publish.' + noun + '.first', { version: version }),
    h('p', {}, button));
}

/** Retiring: a reason is required; runs and activations under way keep the version they pinned. */
function retireSection(noun) {
  page.retire = page.retire || { reason: '' };
  const reason = bound(page.retire, 'reason', 'textarea', 2);
  reason.setAttribute('maxlength', '2000');
  const submit = (event) => {
    event.preventDefault();
    command('retirement', { reason: page.retire.reason }, w('authoring.retired', { reason: page.retire.reason.trim() }), 'authoring.conflict.retire', event.submitter);
  };
  return section('retire', w('authoring.retire.' + noun + '.heading'), w('authoring.retire.' + noun + '.intro'),
    h('form', { id: 'retire-form', novalidate: true, onsubmit: submit },
      labelled('retire-reason', w('authoring.retire.reason'), reason, page.errors.reason),
      h('button', { type: 'submit' }, w('authoring.retire.' + noun + '.button'))));
}

/** The versions on record, each with its status and when it was published. */
function versionsList(versions) {
  if (!versions.length) return w('authoring.versions.none');
  return h('ul', { class: 'versions' }, versions.map((v) =>
    h('li', { 'data-version': v.version }, w('authoring.versions.item', { version: v.version, status: versionStatusWords(v.status) }), ' · ', when(v.publishedAt))));
}
`;
