/**
 * Card progress from the action-card context's replay of this activation: each run's steps against
 * their deadlines. Loaded on demand (each read is access-logged), not on every board change.
 */
export const CARD_PROGRESS_JS = String.raw`
const VERDICTS = { 'on-time': w('progress.onTime'), late: w('progress.late'), open: w('progress.open') };

function showCardProgress(section, activationId) {
  const body = h('div', { id: 'card-progress-body', 'aria-live': 'polite' }, h('p', {}, w('progress.loading')));
  const refresh = async () => {
    const res = await api('GET', '/action-card-replays/' + encodeURIComponent(activationId));
    if (res.status === 404) return fill(body, h('p', { class: 'muted' }, w('progress.none')));
    if (!res.ok) return fill(body, h('p', { class: 'field-error' }, w('progress.failed') + problemText(res)));
    fill(body, cardProgressContent(res.body));
  };
  fill(section, h('h2', { id: 'card-progress-heading' }, w('progress.heading')), body, h('button', { type: 'button', onclick: refresh }, w('progress.refresh')));
  refresh();
}

function cardProgressContent(replay) {
  const runs = replay.runs.map((run) =>
    h('div', { class: 'card-run', 'data-run-id': run.runId },
      h('h3', {}, h('a', { href: '/coordinator/runs/' + encodeURIComponent(run.runId), lang: 'da' }, run.title)),
      h('p', { class: 'run-summary' }, w('progress.summary', { onTime: num(run.summary.onTime), late: num(run.summary.late), open: num(run.summary.open), skipped: num(run.summary.skipped) })),
      h('ol', { class: 'card-steps' }, run.steps.map((s) =>
        h('li', { class: s.pastDeadline ? 'overdue' : null, 'data-verdict': s.verdict }, h('span', { lang: 'da' }, s.title), w('progress.due'), when(s.deadline.dueAt),
          ' · ' + (s.status === 'skipped' ? w('progress.skipped') : VERDICTS[s.verdict]) + (s.pastDeadline ? w('progress.overdue') : ''),
          s.status === 'done' && s.verdict === 'late' ? [' (', h('strong', { class: 'lateness' }, lateBy(s.deadline.dueAt, s.closedAt)), ')'] : null)))));
  return [
    runs.length ? runs : h('p', { class: 'muted' }, w('progress.noRun')),
    replay.pending.length ? h('p', { class: 'muted' }, w('progress.starting') + replay.pending.join(', ')) : null,
    replay.notStarted.length ? h('p', {}, w('progress.notStarted') + replay.notStarted.map((n) => n.templateId + ' (' + n.reason + ')').join(', ')) : null,
  ];
}
`;
