/**
 * The overview's follow-up across reviews (overdue, or all), the catalogue of interventions by class and horizon, and the
 * review policy in words.
 */
export const LEARNING_FOLLOW_UP_JS = String.raw`

function followUpChoice() {
  return h('form', { class: 'inline-form', 'aria-label': w('learning.followUp.which'), onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'follow-up-show' }, w('learning.followUp.show')),
    h('select', { id: 'follow-up-show', onchange: (e) => {
      overview.actions = e.target.value;
      writeOverview();
      loadFollowUp(currentGeneration);
    } }, options([['overdue', w('learning.followUp.overdue')], ['all', w('learning.followUp.all')]], overview.actions)));
}

async function loadFollowUp(generation) {
  reading('follow-up', w('learning.followUp.reading'));
  const res = await read('/learning-review-actions?limit=500' + (overview.actions === 'overdue' ? '&overdue=true' : ''));
  if (generation !== currentGeneration) return;
  if (!res.ok) return refused('follow-up', res);
  const items = res.body.items || [];
  const overdue = overview.actions === 'overdue';
  shown('follow-up', items.length ? '' : w(overdue ? 'learning.followUp.noneOverdue' : 'learning.followUp.none'),
    items.length ? grid('follow-up-table', w(overdue ? 'learning.followUp.captionOverdue' : 'learning.followUp.caption'), ACTION_HEADS, items.map((a) => actionRow(a, true, null))) : null);
}

function showCatalogue(res) {
  if (!res.ok) return refused('catalogue', res);
  const c = res.body;
  if (!c.interventions.length) return shown('catalogue', w('learning.catalogue.none'));
  const heads = ['intervention', 'horizon', 'kinds', 'owner', 'purpose'].map((key) => w('learning.col.' + key));
  shown('catalogue', '',
    h('p', { class: 'muted' }, w('learning.catalogue.version', { version: num(c.version) })),
    Object.keys(LW.factorClass).map((cls) => {
      const items = c.interventions.filter((i) => i.category === cls)
        .sort((a, b) => (a.horizon === b.horizon ? a.title.localeCompare(b.title, LOCALE) : a.horizon === 'short' ? -1 : 1));
      if (!items.length) return null;
      return grid('catalogue-' + cls, words('factorClass', cls), heads, items.map((i) =>
        h('tr', {}, h('th', { scope: 'row' }, i.title), h('td', {}, words('horizon', i.horizon)), h('td', {}, incidentKinds(i.kinds).join(', ') || w('learning.catalogue.anyKind')),
          h('td', {}, words('owner', i.ownerRole)), h('td', {}, i.description))));
    }));
}

/** Codes joined as a choice: "violence or threat". */
const eitherOf = (said) => said.reduce((text, one, n) => (n === 0 ? one : w('learning.policy.or', { a: text, b: one })), '');

/** A rule's conditions, in words: "violence or threat against staff on duty, with a stay in hospital or worse". */
function conditionWords(when) {
  let text = when.kinds && when.kinds.length ? eitherOf(incidentKinds(when.kinds)) : w('learning.policy.anyIncident');
  if (when.targets && when.targets.length) text = w('learning.policy.against', { what: text, target: eitherOf(when.targets.map((t) => inSentence(words('target', t)))) });
  if (when.injuryAtLeast) text += w('learning.policy.injury', { injury: words('injury', when.injuryAtLeast) });
  if (when.severityAtLeast) text += w('learning.policy.severity', { severity: words('severity', when.severityAtLeast) });
  return text;
}

function showPolicy(res) {
  if (!res.ok) return refused('policy', res);
  const p = res.body;
  if (!p.rules.length) return shown('policy', w('learning.policy.none'));
  shown('policy', '',
    h('p', { class: 'muted' }, w('learning.policy.version', { version: num(p.version) })),
    h('ol', { id: 'policy-rules' }, p.rules.map((rule) => h('li', {},
      h('strong', {}, rule.title), ': ',
      w('learning.policy.rule', {
        review: words('policyReview', rule.review),
        what: conditionWords(rule.when || {}),
        start: wn('learning.days', rule.startWithinDays),
        finish: wn('learning.days', rule.finishWithinDays),
      })))));
}
`;
