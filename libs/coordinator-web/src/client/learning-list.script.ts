/**
 * The overview: reviews grouped as the partnership follows them (overdue, due to start, in progress, published), each
 * with its kind, due day and marks in words; a required one names its policy rule and can be started from here.
 */
export const LEARNING_LIST_JS = String.raw`
let overview = { kind: '', unit: '', actions: 'overdue', year: new Date().getFullYear() };
let policyTitles = {};
let policyRead = false;

/** The policy's rule titles, by rule: what a required review names. */
function notePolicy(res) {
  if (!res || !res.ok) return;
  policyTitles = {};
  for (const rule of res.body.rules || []) policyTitles[rule.rule] = rule.title;
  policyRead = true;
}

function readOverview(params) {
  const kind = params.get('kind') || '';
  const unit = params.get('unit') || '';
  const year = parseInt(params.get('year') || '', 10);
  overview = {
    kind: LW.kind[kind] ? kind : '',
    unit: /^area:[a-z-]+$/.test(unit) && UNIT_AREAS.indexOf(unit.slice(5)) >= 0 ? unit : '',
    actions: ['overdue', 'all'].indexOf(params.get('actions')) >= 0 ? params.get('actions') : 'overdue',
    year: year >= 2000 && year <= new Date().getFullYear() + 1 ? year : new Date().getFullYear(),
  };
}

function writeOverview() {
  const params = new URLSearchParams();
  if (overview.kind) params.set('kind', overview.kind);
  if (overview.unit) params.set('unit', overview.unit);
  if (overview.actions !== 'overdue') params.set('actions', overview.actions);
  if (overview.year !== new Date().getFullYear()) params.set('year', String(overview.year));
  const hash = params.toString();
  history.replaceState(null, '', location.pathname + (hash ? '#' + hash : ''));
}

function showOverview(params, generation) {
  readOverview(params);
  fill($('main'),
    h('h1', {}, w('learning.heading')),
    h('p', { class: 'lead' }, w('learning.lead')),
    part('reviews', w('learning.reviews.heading'), w('learning.reviews.intro'), [reviewFilters(), startReviewForm()]),
    part('follow-up', w('learning.followUp.heading'), w('learning.followUp.intro'), followUpChoice()),
    part('catalogue', w('learning.catalogue.heading'), w('learning.catalogue.intro')),
    part('policy', w('learning.policy.heading'), w('learning.policy.intro')),
    part('themes', w('learning.themes.heading'), w('learning.themes.intro')));
  loadReviews(generation);
}

function reviewFilters() {
  const kinds = options(pairsOf('kind'), overview.kind, w('learning.filter.allKinds'));
  const areas = [h('option', { value: '' }, w('learning.filter.allUnits'))].concat(UNIT_AREAS.map((c) => h('option', { value: 'area:' + c, selected: overview.unit === 'area:' + c }, areaNamed(c))));
  const changed = () => {
    overview.kind = $('filter-kind').value;
    overview.unit = $('filter-unit').value;
    writeOverview();
    loadReviewList(currentGeneration);
  };
  return h('form', { id: 'review-filters', class: 'inline-form', 'aria-label': w('learning.filter.label'), onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'filter-kind' }, w('learning.filter.kind')), h('select', { id: 'filter-kind', onchange: changed }, kinds),
    h('label', { for: 'filter-unit' }, w('learning.filter.area')), h('select', { id: 'filter-unit', onchange: changed }, areas));
}

async function loadReviews(generation) {
  const [list, policy, catalogue] = await Promise.all([reviewListRead(), read('/learning-review-policy'), read('/learning-catalogue')]);
  if (generation !== currentGeneration) return;
  if (list.status === 403) {
    complain(NO_LEARNING_ACCESS);
    fill($('main'), h('h1', {}, w('learning.heading')), h('p', {}, NO_LEARNING_ACCESS + ' ' + w('learning.problem.whoMay')));
    return;
  }
  notePolicy(policy);
  catalogueNow = catalogue.ok ? catalogue.body : { version: 0, interventions: [] };
  renderReviewList(list);
  loadFollowUp(generation);
  showCatalogue(catalogue);
  showPolicy(policy);
  loadThemes(generation);
}

function reviewListRead() {
  const params = new URLSearchParams({ limit: '500' });
  if (overview.kind) params.set('kind', overview.kind);
  if (overview.unit) params.set('unit', overview.unit);
  return read('/learning-reviews?' + params.toString());
}

async function loadReviewList(generation) {
  reading('reviews', w('learning.reviews.reading'));
  const list = await reviewListRead();
  if (generation !== currentGeneration) return;
  renderReviewList(list);
}

const REVIEW_GROUPS = [
  ['overdue', w('learning.group.overdue'), (r) => r.overdue && r.status !== 'published'],
  ['due', w('learning.group.due'), (r) => r.status === 'required' && !r.overdue],
  ['in-progress', w('learning.group.inProgress'), (r) => (r.status === 'draft' || r.status === 'agreed') && !r.overdue],
  ['published', w('learning.group.published'), (r) => r.status === 'published'],
];

function renderReviewList(res) {
  if (!res.ok) return refused('reviews', res);
  const items = res.body.items || [];
  const more = res.body.total > items.length ? w('learning.reviews.more', { shown: num(items.length), total: num(res.body.total) }) : '';
  shown('reviews', items.length ? more : w(overview.kind || overview.unit ? 'learning.reviews.noneChosen' : 'learning.reviews.none'),
    REVIEW_GROUPS.map(([key, title, test]) => {
      const rows = items.filter(test);
      return h('section', { id: 'group-' + key, class: 'review-group', 'aria-labelledby': 'group-' + key + '-heading' },
        h('h3', { id: 'group-' + key + '-heading' }, title + ' (' + num(rows.length) + ')'),
        rows.length ? h('ul', { class: 'review-list' }, rows.map(reviewRow)) : h('p', { class: 'muted' }, w('learning.group.none')));
    }));
}

/** The marks a review carries, in words (never by colour alone). */
function reviewMarks(r) {
  const d = r.deadlines || {};
  return [
    d.startOverdue ? badge(w('learning.mark.startOverdue'), 'overdue') : null,
    d.finishOverdue ? badge(w('learning.mark.finishOverdue'), 'overdue') : null,
    d.startEscalated || d.finishEscalated ? badge(w('learning.mark.escalated'), 'overdue') : null,
    r.overdue && !d.startOverdue && !d.finishOverdue ? badge(w('learning.mark.overdue'), 'overdue') : null,
  ];
}

function reviewRow(r) {
  const required = r.status === 'required';
  const counts = required ? [] : [wn('learning.count.findings', r.findings), wn('learning.count.factors', r.factors), wn('learning.count.openActions', r.actionsOpen)]
    .concat(r.actionsOverdue ? [wn('learning.count.overdueActions', r.actionsOverdue)] : []);
  return h('li', { class: 'review-row' + (r.overdue ? ' is-overdue' : ''), 'data-status': r.status },
    h('p', { class: 'review-title' }, h('a', { href: '#review=' + encodeURIComponent(r.reviewId) }, r.title), ' ', reviewMarks(r)),
    h('p', { class: 'muted' }, words('kind', r.kind), ' · ', unitWords(r.unit), ' · ',
      required && r.startBy ? [w('learning.row.startBy'), ' ', dayEl(r.startBy), ' · '] : null,
      r.status === 'published' ? [w('learning.row.published'), ' ', dayEl(r.publishedAt)] : r.dueOn ? [w('learning.row.due'), ' ', dayEl(r.dueOn)] : w('learning.row.noDue'),
      r.status === 'agreed' ? ' · ' + w('learning.row.agreed') : null),
    counts.length ? h('p', { class: 'muted' }, counts.join(' · ')) : null,
    required ? h('p', { class: 'policy-line' }, w('learning.requiredBy', { rule: policyTitles[r.policyRule] || w('learning.aPolicyRule') })) : null,
    required && holds(REVIEWER_ROLES) ? h('button', { type: 'button', onclick: (e) => takeUp(e.currentTarget, r) }, w('learning.startThis')) : null);
}

/** Takes up a review the policy requires; it is then a draft in its incident's unit, and opens. */
async function takeUp(button, r) {
  complain('');
  button.disabled = true;
  const res = await send('POST', '/learning-reviews/' + encodeURIComponent(r.reviewId) + '/start', {});
  button.disabled = false;
  if (!res.ok) return complain(learningProblem(res));
  noticeAfterMove = w('learning.started', { title: r.title });
  location.hash = 'review=' + encodeURIComponent(r.reviewId);
}
`;
