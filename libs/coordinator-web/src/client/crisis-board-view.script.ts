/** The crisis board: active activations, most severe first, each marked real or exercise; live through board-changed. */
export const CRISIS_BOARD_VIEW_JS = String.raw`
function showCrisisBoard() {
  document.title = w('crisisBoard.heading') + ' · Vigil';
  const box = h('div', { id: 'crisis-board', 'aria-busy': 'true' }, h('p', {}, w('crisisBoard.loading')));
  const past = h('section', { id: 'stood-down', 'aria-labelledby': 'stood-down-heading' }, h('h2', { id: 'stood-down-heading' }, STOOD_DOWN_WORDS.heading));
  fill($('main'), h('h1', {}, w('crisisBoard.heading')), activatePlanSection(), box, past);
  const refresh = coalesce(async () => {
    const [res, stood] = await Promise.all([api('GET', '/crisis-board'), api('GET', '/crisis-activations?status=stood-down')]);
    box.setAttribute('aria-busy', 'false');
    if (!res.ok) return complain(w('crisisBoard.failed') + problemSentence(res));
    fill(box, crisisBoardContent(res.body.items));
    fill(past, h('h2', { id: 'stood-down-heading' }, STOOD_DOWN_WORDS.heading),
      !stood.ok ? h('p', { class: 'field-error' }, STOOD_DOWN_WORDS.failed + problemSentence(stood))
        : stood.body.items.length ? h('ul', { class: 'stood-down' }, stood.body.items.map(stoodDownActivation))
          : h('p', { class: 'muted' }, STOOD_DOWN_WORDS.none));
  });
  refresh();
  return watchLive('/crisis-board/live', (change) => {
    if (change) say(w('crisisBoard.updated'));
    refresh();
  });
}

function crisisBoardContent(items) {
  const exercises = items.filter((a) => a.exercise).length;
  const summary = h('p', { id: 'board-summary' }, wn('crisisBoard.active', items.length),
    exercises ? wn('crisisBoard.exercises', exercises) : '.');
  return [summary, h('ul', { class: 'activations' }, items.map(boardActivation))];
}

function boardActivation(a) {
  const id = 'activation-' + a.activationId;
  const filled = a.roles.filter((r) => !r.vacant);
  return h('li', { class: 'activation' + (a.exercise ? ' is-exercise' : ''), 'data-activation-id': a.activationId, 'data-exercise': String(a.exercise), 'aria-labelledby': id },
    h('h2', { id: id }, realityBadge(a.exercise), ' ', h('a', { href: '/crisis/activations/' + encodeURIComponent(a.activationId), lang: 'da' }, a.plan.title)),
    h('dl', { class: 'facts' },
      h('dt', {}, w('crisisBoard.level')), h('dd', { class: 'level' }, levelName(a.level)),
      h('dt', {}, w('crisisBoard.scope')), h('dd', { class: 'scope' }, scopeText(a.scope)),
      h('dt', {}, w('crisisBoard.activated')), h('dd', {}, when(a.activatedAt)),
      h('dt', {}, w('crisisBoard.roles')), h('dd', { class: 'roles' }, w('crisisBoard.rolesFilled', { filled: num(filled.length), total: num(a.roles.length) }),
        a.roles.length ? ': ' + a.roles.map((r) => crisisRoleName(r.role) + ' ' + (r.vacant ? w('crisisBoard.vacant') : r.holder)).join(', ') : '')),
    h('h3', {}, w('crisisBoard.latest')),
    a.latestEntries.length
      ? h('ul', { class: 'latest-entries' }, a.latestEntries.map((e) =>
        h('li', { 'data-entry-id': e.entryId, 'data-kind': e.kind }, h('strong', {}, w(e.kind === 'decision' ? 'crisisBoard.decision' : 'crisisBoard.communication')),
          h('span', { lang: 'da' }, entryHeadline(e)), ' · ', when(e.loggedAt), e.corrected ? h('span', { class: 'badge corrected' }, w('crisisBoard.corrected')) : '')))
      : h('p', { class: 'muted' }, w('crisisBoard.nothingLogged')));
}

/** An activation stood down: real or exercise, its plan as a link, when it was activated and stood down, and where. */
function stoodDownActivation(a) {
  const scope = { kind: a.scopeKind, area: a.area, institution: a.institution, unit: a.unit };
  return h('li', { 'data-activation-id': a.activationId, 'data-exercise': String(a.exercise) },
    realityBadge(a.exercise), ' ', h('a', { href: '/crisis/activations/' + encodeURIComponent(a.activationId), lang: 'da' }, a.title),
    STOOD_DOWN_WORDS.activated, when(a.activatedAt), STOOD_DOWN_WORDS.stoodDown, when(a.stoodDownAt), ' · ', h('span', { class: 'scope' }, scopeText(scope)));
}
`;
