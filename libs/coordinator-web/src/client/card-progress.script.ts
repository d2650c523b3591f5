/**
 * Card progress from the action-card context's replay of this activation: each run's steps against
 * their deadlines. Loaded on demand (each read is access-logged), not on every board change.
 */
export const CARD_PROGRESS_JS = String.raw`
const VERDICTS = { 'on-time': 'done on time', late: 'done late', open: 'open' };

function showCardProgress(section, activationId) {
  const body = h('div', { id: 'card-progress-body', 'aria-live': 'polite' }, h('p', {}, 'Loading card progress…'));
  const refresh = async () => {
    const res = await api('GET', '/action-card-replays/' + encodeURIComponent(activationId));
    if (res.status === 404) return fill(body, h('p', { class: 'muted' }, 'No action-card run has reached this activation yet. Cards start shortly after activation; refresh to look again.'));
    if (!res.ok) return fill(body, h('p', { class: 'field-error' }, 'Card progress could not be loaded: ' + problemText(res)));
    fill(body, cardProgressContent(res.body));
  };
  fill(section, h('h2', { id: 'card-progress-heading' }, 'Action-card progress'), body, h('button', { type: 'button', onclick: refresh }, 'Refresh card progress'));
  refresh();
}

function cardProgressContent(replay) {
  const runs = replay.runs.map((run) =>
    h('div', { class: 'card-run', 'data-run-id': run.runId },
      h('h3', {}, h('a', { href: '/coordinator/runs/' + encodeURIComponent(run.runId), lang: 'da' }, run.title)),
      h('p', { class: 'run-summary' }, run.summary.onTime + ' on time, ' + run.summary.late + ' late, ' + run.summary.open + ' open, ' + run.summary.skipped + ' skipped'),
      h('ol', { class: 'card-steps' }, run.steps.map((s) =>
        h('li', { class: s.pastDeadline ? 'overdue' : null, 'data-verdict': s.verdict }, h('span', { lang: 'da' }, s.title), ' · due ', when(s.deadline.dueAt),
          ' · ' + (s.status === 'skipped' ? 'skipped' : VERDICTS[s.verdict]) + (s.pastDeadline ? ' (overdue)' : ''),
          s.status === 'done' && s.verdict === 'late' ? [' (', h('strong', { class: 'lateness' }, lateBy(s.deadline.dueAt, s.closedAt)), ')'] : null)))));
  return [
    runs.length ? runs : h('p', { class: 'muted' }, 'No run started.'),
    replay.pending.length ? h('p', { class: 'muted' }, 'Starting: ' + replay.pending.join(', ')) : null,
    replay.notStarted.length ? h('p', {}, 'Not started: ' + replay.notStarted.map((n) => n.templateId + ' (' + n.reason + ')').join(', ')) : null,
  ];
}
`;
