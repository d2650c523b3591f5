/**
 * The overview's follow-up across reviews (overdue, or all), the catalogue of interventions by class and horizon, and the
 * review policy in words.
 */
export const LEARNING_FOLLOW_UP_JS = String.raw`
const INJURY_WORDS = { none: 'no injury', minor: 'a minor injury', treated: 'an injury treated by a doctor', hospitalised: 'a stay in hospital', fatal: 'a death' };
const SEVERITY_WORDS = { minor: 'minor', moderate: 'moderate', serious: 'serious', critical: 'critical' };

function followUpChoice() {
  return h('form', { class: 'inline-form', 'aria-label': 'Which actions', onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'follow-up-show' }, 'Show'),
    h('select', { id: 'follow-up-show', onchange: (e) => {
      overview.actions = e.target.value;
      writeOverview();
      loadFollowUp(currentGeneration);
    } }, options([['overdue', 'Overdue actions'], ['all', 'All actions']], overview.actions)));
}

async function loadFollowUp(generation) {
  reading('follow-up', 'Reading the follow-up actions…');
  const res = await api('GET', '/learning-review-actions?limit=500' + (overview.actions === 'overdue' ? '&overdue=true' : ''));
  if (generation !== currentGeneration) return;
  if (!res.ok) return refused('follow-up', res);
  const items = res.body.items || [];
  const heads = ['Review', 'Recommendation', 'Intervention', 'Owner', 'Due', 'Status', 'The unit\u2019s answer'];
  const what = overview.actions === 'overdue' ? 'Overdue follow-up actions' : 'Follow-up actions';
  shown('follow-up', items.length ? '' : overview.actions === 'overdue' ? 'No follow-up action is overdue.' : 'No follow-up action is recorded yet.',
    items.length ? grid('follow-up-table', what + ', earliest due first', heads, items.map((a) => actionRow(a, true, null))) : null);
}

function showCatalogue(res) {
  if (!res.ok) return refused('catalogue', res);
  const c = res.body;
  if (!c.interventions.length) return shown('catalogue', 'No catalogue is published yet.');
  const heads = ['Intervention', 'Horizon', 'For incidents of', 'Owner', 'What it is for'];
  shown('catalogue', '',
    h('p', { class: 'muted' }, 'Version ' + c.version + ' of the catalogue.'),
    Object.keys(LW.factorClass).map((cls) => {
      const items = c.interventions.filter((i) => i.category === cls)
        .sort((a, b) => (a.horizon === b.horizon ? a.title.localeCompare(b.title) : a.horizon === 'short' ? -1 : 1));
      if (!items.length) return null;
      return grid('catalogue-' + cls, words('factorClass', cls), heads, items.map((i) =>
        h('tr', {}, h('th', { scope: 'row' }, i.title), h('td', {}, words('horizon', i.horizon)), h('td', {}, listWords('kind', i.kinds).toLowerCase() || 'any'),
          h('td', {}, words('owner', i.ownerRole)), h('td', {}, i.description))));
    }));
}

/** A rule's conditions, in words: "violence or threat against staff on duty, with a stay in hospital or worse". */
function conditionWords(when) {
  const parts = [];
  parts.push((when.kinds && when.kinds.length ? when.kinds.map((k) => wordFor('kind', k).toLowerCase()).join(' or ') : 'any incident'));
  if (when.targets && when.targets.length) parts.push('against ' + when.targets.map((t) => wordFor('target', t).toLowerCase()).join(' or '));
  let text = parts.join(' ');
  if (when.injuryAtLeast) text += ', with ' + (INJURY_WORDS[when.injuryAtLeast] || when.injuryAtLeast) + ' or worse';
  if (when.severityAtLeast) text += ', of ' + (SEVERITY_WORDS[when.severityAtLeast] || when.severityAtLeast) + ' severity or worse';
  return text;
}

function showPolicy(res) {
  if (!res.ok) return refused('policy', res);
  const p = res.body;
  if (!p.rules.length) return shown('policy', 'No review policy is published yet: no review is required automatically.');
  shown('policy', '',
    h('p', { class: 'muted' }, 'Version ' + p.version + ' of the policy. The first rule an incident falls under decides.'),
    h('ol', { id: 'policy-rules' }, p.rules.map((rule) => h('li', {},
      h('strong', {}, rule.title), ': ',
      'a ' + words('kind', rule.review).toLowerCase() + ' of ' + conditionWords(rule.when || {}) + '; started within ' + countWords(rule.startWithinDays, 'day') +
        ' and published within ' + countWords(rule.finishWithinDays, 'day') + ' of the report.'))));
}
`;
