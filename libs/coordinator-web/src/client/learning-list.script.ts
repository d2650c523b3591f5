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
    unit: /^area:[a-z-]+$/.test(unit) && AREA_CODES.indexOf(unit.slice(5)) >= 0 ? unit : '',
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
    h('p', { class: 'lead' }, 'What the safety partnership learns from incidents and crises: the reviews, what they found, the follow-up agreed, ' +
      'the catalogue of interventions, and which themes recur over time.'),
    part('reviews', 'Reviews', 'Grouped by where they stand. A review is published only when management and the employee representatives have both signed it off.',
      [reviewFilters(), startReviewForm()]),
    part('follow-up', 'Follow-up actions', 'What the reviews recommended, who owns it and by when, across all reviews you can see.', followUpChoice()),
    part('catalogue', 'Catalogue of interventions', 'The interventions a review can recommend, by class and horizon, and what each is for.'),
    part('policy', 'Review policy', 'Which incidents require a review, of which kind, started and published within how many days.'),
    part('themes', 'Themes over time', 'Which contributing factors recur, which interventions are used where, and the year\u2019s goal.'));
  loadReviews(generation);
}

function reviewFilters() {
  const kinds = options(pairsOf('kind'), overview.kind, 'All kinds');
  const areas = [h('option', { value: '' }, 'All units you can see')].concat(AREA_CODES.map((c) => h('option', { value: 'area:' + c, selected: overview.unit === 'area:' + c }, wordFor('area', c))));
  const changed = () => {
    overview.kind = $('filter-kind').value;
    overview.unit = $('filter-unit').value;
    writeOverview();
    loadReviewList(currentGeneration);
  };
  return h('form', { id: 'review-filters', class: 'inline-form', 'aria-label': 'Which reviews', onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'filter-kind' }, 'Kind'), h('select', { id: 'filter-kind', onchange: changed }, kinds),
    h('label', { for: 'filter-unit' }, 'Area'), h('select', { id: 'filter-unit', onchange: changed }, areas));
}

async function loadReviews(generation) {
  const [list, policy, catalogue] = await Promise.all([reviewListRead(), api('GET', '/learning-review-policy'), api('GET', '/learning-catalogue')]);
  if (generation !== currentGeneration) return;
  if (list.status === 403) {
    complain(NO_LEARNING_ACCESS);
    fill($('main'), h('h1', {}, w('learning.heading')), h('p', {}, NO_LEARNING_ACCESS + ' They are for the safety partnership, coordinators, crisis leads, institution managers and auditors.'));
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
  return api('GET', '/learning-reviews?' + params.toString());
}

async function loadReviewList(generation) {
  reading('reviews', 'Reading the reviews…');
  const list = await reviewListRead();
  if (generation !== currentGeneration) return;
  renderReviewList(list);
}

const REVIEW_GROUPS = [
  ['overdue', 'Overdue', (r) => r.overdue && r.status !== 'published'],
  ['due', 'Due to start', (r) => r.status === 'required' && !r.overdue],
  ['in-progress', 'In progress', (r) => (r.status === 'draft' || r.status === 'agreed') && !r.overdue],
  ['published', 'Published', (r) => r.status === 'published'],
];

function renderReviewList(res) {
  if (!res.ok) return refused('reviews', res);
  const items = res.body.items || [];
  const more = res.body.total > items.length ? 'Showing the ' + num(items.length) + ' with the latest due days of ' + num(res.body.total) + '.' : '';
  shown('reviews', items.length ? more : 'No review is recorded' + (overview.kind || overview.unit ? ' for this choice' : '') + ' yet.',
    REVIEW_GROUPS.map(([key, title, test]) => {
      const rows = items.filter(test);
      return h('section', { id: 'group-' + key, class: 'review-group', 'aria-labelledby': 'group-' + key + '-heading' },
        h('h3', { id: 'group-' + key + '-heading' }, title + ' (' + num(rows.length) + ')'),
        rows.length ? h('ul', { class: 'review-list' }, rows.map(reviewRow)) : h('p', { class: 'muted' }, 'None.'));
    }));
}

/** The marks a review carries, in words (never by colour alone). */
function reviewMarks(r) {
  const d = r.deadlines || {};
  return [
    d.startOverdue ? badge('Overdue to start', 'overdue') : null,
    d.finishOverdue ? badge('Overdue to publish', 'overdue') : null,
    d.startEscalated || d.finishEscalated ? badge('Escalated', 'overdue') : null,
    r.overdue && !d.startOverdue && !d.finishOverdue ? badge('Overdue', 'overdue') : null,
  ];
}

function reviewRow(r) {
  const required = r.status === 'required';
  const counts = required ? [] : [countWords(r.findings, 'finding'), countWords(r.factors, 'contributing factor'), countWords(r.actionsOpen, 'open action')]
    .concat(r.actionsOverdue ? [countWords(r.actionsOverdue, 'overdue action')] : []);
  return h('li', { class: 'review-row' + (r.overdue ? ' is-overdue' : ''), 'data-status': r.status },
    h('p', { class: 'review-title' }, h('a', { href: '#review=' + encodeURIComponent(r.reviewId) }, r.title), ' ', reviewMarks(r)),
    h('p', { class: 'muted' }, words('kind', r.kind), ' · ', unitWords(r.unit), ' · ',
      required && r.startBy ? ['Start by ', dayEl(r.startBy), ' · '] : null,
      r.status === 'published' ? ['Published ', dayEl(r.publishedAt)] : r.dueOn ? ['Due ', dayEl(r.dueOn)] : 'No due date',
      r.status === 'agreed' ? ' · Agreed by both sides' : null),
    counts.length ? h('p', { class: 'muted' }, counts.join(' · ')) : null,
    required ? h('p', { class: 'policy-line' }, 'Required by policy: ' + (policyTitles[r.policyRule] || 'a rule of the review policy')) : null,
    required && holds(REVIEWER_ROLES) ? h('button', { type: 'button', onclick: (e) => takeUp(e.currentTarget, r) }, 'Start this review') : null);
}

/** Takes up a review the policy requires; it is then a draft in its incident's unit, and opens. */
async function takeUp(button, r) {
  complain('');
  button.disabled = true;
  const res = await send('POST', '/learning-reviews/' + encodeURIComponent(r.reviewId) + '/start', {});
  button.disabled = false;
  if (!res.ok) return complain(learningProblem(res));
  noticeAfterMove = 'Started: ' + r.title + '.';
  location.hash = 'review=' + encodeURIComponent(r.reviewId);
}
`;
