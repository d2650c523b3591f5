/** The auditor's timeline: every event from the stream itself, up to a chosen moment, with who, when and why. */
export const ACTIVATION_TIMELINE_JS = String.raw`
function showTimeline(section, path) {
  const at = h('input', { id: 'timeline-at', type: 'datetime-local', 'aria-describedby': 'timeline-at-hint timeline-at-error' });
  const error = h('p', { id: 'timeline-at-error', class: 'field-error', 'aria-live': 'polite' });
  const list = h('div', { id: 'timeline-body', 'aria-live': 'polite' });
  const replay = async (event) => {
    event.preventDefault();
    error.textContent = '';
    at.removeAttribute('aria-invalid');
    const query = at.value ? '?at=' + encodeURIComponent(instantOf(at.value)) : '';
    const res = await api('GET', path + '/timeline' + query);
    if (!res.ok) {
      const field = ((res.body && res.body.errors) || []).find((e) => e.field === 'at');
      if (field) at.setAttribute('aria-invalid', 'true');
      error.textContent = field ? field.message : problemSentence(res);
      return fill(list);
    }
    const s = res.body.state;
    fill(list,
      h('p', {}, w('timeline.asRecorded'), when(res.body.at), ': ', s ? w('timeline.level', { level: levelName(s.level) }) + ', ' + w(s.status === 'stood-down' ? 'timeline.stoodDown' : 'timeline.active') + ', ' +
        wn('timeline.decisions', s.decisions.length) + ', ' + wn('timeline.communications', s.communications.length) : w('timeline.notYet'),
        res.body.eventsRecordedSince ? wn('timeline.since', res.body.eventsRecordedSince) : '', '.'),
      h('ol', { class: 'timeline' }, res.body.entries.map((e) => h('li', {}, when(e.recordedAt), ' · ', e.actor, ' · ', e.what, e.why ? [': ', h('span', { lang: 'da' }, e.why)] : ''))));
  };
  fill(section, h('h2', { id: 'timeline-heading' }, w('timeline.heading')),
    h('form', { class: 'action', novalidate: true, onsubmit: replay },
      h('label', { for: 'timeline-at' }, w('timeline.asAt')),
      h('p', { id: 'timeline-at-hint', class: 'muted' }, w('timeline.hint')),
      at, error, h('button', { type: 'submit' }, w('timeline.show'))),
    list);
}
`;
