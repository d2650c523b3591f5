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
      error.textContent = field ? field.message : problemText(res);
      return fill(list);
    }
    const s = res.body.state;
    fill(list,
      h('p', {}, 'As recorded at ', when(res.body.at), ': ', s ? levelName(s.level) + ' level, ' + (s.status === 'stood-down' ? 'stood down' : 'active') + ', ' +
        s.decisions.length + ' decision(s), ' + s.communications.length + ' communication(s)' : 'not yet activated',
        res.body.eventsRecordedSince ? ' (' + res.body.eventsRecordedSince + ' event(s) recorded since)' : '', '.'),
      h('ol', { class: 'timeline' }, res.body.entries.map((e) => h('li', {}, when(e.recordedAt), ' · ', e.actor, ' · ', e.what, e.why ? [': ', h('span', { lang: 'da' }, e.why)] : ''))));
  };
  fill(section, h('h2', { id: 'timeline-heading' }, 'Timeline'),
    h('form', { class: 'action', novalidate: true, onsubmit: replay },
      h('label', { for: 'timeline-at' }, 'As at (optional)'),
      h('p', { id: 'timeline-at-hint', class: 'muted' }, 'Replays the record from its events up to this moment; leave empty for now.'),
      at, error, h('button', { type: 'submit' }, 'Show timeline')),
    list);
}
`;
