import { BASICS_JS } from './basics.script';
import { REPLAY_VIEWS_JS } from './replay-views.script';
import { REPLAY_WORDS_JS } from './replay-words.script';
import { SESSION_JS } from './session.script';

/**
 * The auditor's page. Its state lives after # in the address: nothing for the picker, <kind>=<id> for one record and
 * &at=<n> for the moment on the slider (the n-th event, from 1). The record's events come from its case bundle (the same
 * file the auditor can download); what was known at each moment from its context's own time view. A newer choice wins
 * over answers still on their way.
 */
const REPLAY_JS = String.raw`
let generation = 0;
let record = null;

function route() {
  generation += 1;
  const params = new URLSearchParams(location.hash.slice(1));
  document.title = w('page.audit.title') + ' · Vigil';
  for (const kind of Object.keys(KINDS)) {
    const id = params.get(kind);
    if (id === null) continue;
    if (UUID.test(id)) return showRecord(kind, id.toLowerCase(), parseInt(params.get('at') || '0', 10) || 0, generation);
    complain(w('audit.noSuchAddress'));
  }
  return showPicker(generation);
}

function showPicker(asked) {
  record = null;
  const options = Object.keys(KINDS).map((kind) => h('option', { value: kind }, KINDS[kind][0]));
  fill($('main'),
    h('h1', {}, w('audit.heading')),
    h('p', { class: 'lead' }, w('audit.lead')),
    h('form', { id: 'pick', class: 'pick', onsubmit: pick },
      h('div', { class: 'field' }, h('label', { for: 'pick-kind' }, w('audit.kindLabel')), h('select', { id: 'pick-kind', name: 'kind' }, options)),
      h('div', { class: 'field' }, h('label', { for: 'pick-id' }, w('audit.idLabel')), h('input', { id: 'pick-id', name: 'id', autocomplete: 'off', spellcheck: 'false' })),
      h('p', {}, h('button', { type: 'submit' }, w('audit.replay')))),
    h('div', { id: 'record-lists' }));
  for (const kind of Object.keys(KINDS)) if (KINDS[kind][3]) listRecords(kind, asked);
  return null;
}

function pick(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const id = form.elements.id.value.trim();
  if (!UUID.test(id)) return complain(w('audit.badId'));
  location.hash = form.elements.kind.value + '=' + id.toLowerCase();
}

async function listRecords(kind, asked) {
  const res = await api('GET', KINDS[kind][3]);
  if (asked !== generation || !res.ok) return;
  const items = listOf(res.body).filter((item) => idOf(item)).slice(0, 20);
  if (!items.length) return;
  $('record-lists').append(h('section', { 'aria-label': w('audit.kinds.' + kind) },
    h('h2', {}, w('audit.kinds.' + kind)),
    h('ul', { class: 'records' }, items.map((item) => h('li', {},
      h('a', { href: '#' + kind + '=' + idOf(item), title: idOf(item) }, (item.title || (item.kind && capital(CODE_WORDS['kind.' + item.kind] || codeWords(item.kind))) || KINDS[kind][0]) + ' ' + String(idOf(item)).slice(0, 8)),
      item.occurredAt || item.startedAt ? [' · ', when(item.occurredAt || item.startedAt)] : null)))));
}

async function showRecord(kind, id, at, asked) {
  const bundlePath = '/proof/bundles/' + kind + '/' + id;
  fill($('main'), h('h1', {}, KINDS[kind][0] + ' ', shortId(id)), h('p', { id: 'replay-status', role: 'status' }, w('audit.reading')));
  // The replay reads the bundle too: on the record's access log as a replay, the links below as a download or a page.
  const res = await api('GET', bundlePath + '?for=replay');
  if (asked !== generation || res.status === 401) return;
  if (res.status === 403) {
    $('replay-status').textContent = '';
    return complain(w('audit.onlyAuditors'));
  }
  if (!res.ok) {
    $('replay-status').textContent = '';
    return complain(problemText(res));
  }
  const events = (res.body.events || []).slice().sort((a, b) => a.leafIndex - b.leafIndex);
  if (!events.length) return complain(w('audit.noEvents'));
  record = { kind: kind, id: id, events: events, treeSize: res.body.treeSize };
  const moment = at >= 1 && at <= events.length ? at : events.length;
  const others = events.filter((event) => !event.streamId.endsWith(id)).length;
  fill($('main'),
    h('h1', {}, KINDS[kind][0] + ' ', shortId(id)),
    h('p', {}, h('a', { href: '#' }, w('audit.pickAnother'))),
    others ? h('p', { class: 'muted' }, w('audit.includesRuns', { events: num(events.length), runs: num(others) })) : null,
    h('div', { class: 'slider' },
      h('label', { for: 'replay-slider' }, withNodes(w('audit.slider', { total: num(events.length) }), { at: h('output', { id: 'replay-position', for: 'replay-slider' }) })),
      h('input', { id: 'replay-slider', type: 'range', min: 1, max: events.length, step: 1, value: moment, oninput: slide, 'aria-describedby': 'replay-moment' }),
      h('p', { id: 'replay-moment', role: 'status', 'aria-live': 'polite' })),
    h('div', { class: 'replay' },
      h('section', { 'aria-labelledby': 'known-heading' }, h('h2', { id: 'known-heading' }, w('audit.known')), h('div', { id: 'replay-known' })),
      kind === 'placement'
        ? h('section', { 'aria-labelledby': 'verdicts-heading' }, h('h2', { id: 'verdicts-heading' }, w('audit.verdicts')), h('div', { id: 'replay-verdicts' }))
        : null,
      h('section', { 'aria-labelledby': 'events-heading' }, h('h2', { id: 'events-heading' }, w('audit.events')), h('ol', { id: 'replay-events', class: 'events' }))),
    h('div', { class: 'side replay' },
      h('section', { 'aria-labelledby': 'access-heading' }, h('h2', { id: 'access-heading' }, w('audit.access')), h('div', { id: 'replay-access' })),
      h('section', { 'aria-labelledby': 'bundle-heading' }, h('h2', { id: 'bundle-heading' }, w('audit.proof')),
        h('p', { id: 'replay-bundle' }, h('a', { id: 'bundle-json', href: bundlePath, download: 'vigil-' + kind + '-' + id + '.json' }, w('audit.bundle.json')), ' · ',
          h('a', { id: 'bundle-html', href: bundlePath + '?format=html', target: '_blank', rel: 'noopener' }, w('audit.bundle.html'))),
        h('p', { class: 'muted' }, wn('audit.bundle.holds', events.length, { events: num(events.length), size: num(res.body.treeSize) })),
        h('div', { id: 'replay-checkpoint' }))));
  showMoment(moment, asked);
  showCheckpoint(0);
  return null;
}

function slide(event) {
  jumpTo(Number(event.currentTarget.value));
}

/** Moves the replay to the n-th event: the slider, the address and what is shown. */
function jumpTo(at) {
  $('replay-slider').value = String(at);
  history.replaceState(null, '', '#' + record.kind + '=' + record.id + '&at=' + at);
  generation += 1;
  showMoment(at, generation);
}

async function showMoment(at, asked) {
  const events = record.events;
  const now = events[at - 1];
  $('replay-position').textContent = num(at);
  $('replay-moment').textContent = w('audit.moment', { event: eventName(now.type), at: timeWords(now.recordedAt), since: sinceWords(events[0].recordedAt, now.recordedAt) });
  fill($('replay-events'), events.map((event, i) => {
    const data = parsed(event.dataText);
    const meta = parsed(event.metadataText);
    const basis = basisOf(data);
    const stream = event.streamId.endsWith(record.id) ? null : streamOf(event.streamId);
    return h('li', { class: i < at - 1 ? 'past' : i === at - 1 ? 'now' : 'later', 'data-event-id': event.eventId },
      h('span', { class: 'what' }, eventName(event.type)), ' · ', when(event.recordedAt), ' · ', w('audit.by', { actor: meta.actor || w('accessLog.notRecorded') }),
      stream ? [' · ', withNodes(w('audit.inStream', { stream: stream[0] }), { id: shortId(stream[1]) })] : null,
      i > at - 1 ? [' ', w('audit.notYetKnown')] : null,
      basis ? h('div', { class: 'basis' }, basis) : null);
  }));
  const view = KINDS[record.kind][2];
  if (!view) {
    fill($('replay-known'), record.kind === 'run' ? runView(events.slice(0, at)) : foldedView(events.slice(0, at)));
    $('replay-known').setAttribute('data-at', String(at));
    return showAccess(asked);
  }
  const instant = new Date(Date.parse(now.recordedAt) + 1).toISOString();
  const res = await api('GET', view(record.id, instant));
  if (asked !== generation) return;
  if (!res.ok) return fill($('replay-known'), h('p', {}, problemText(res)));
  const body = res.body || {};
  fill($('replay-known'), valueView(KINDS[record.kind][4](body) || body));
  if (record.kind === 'placement') fill($('replay-verdicts'), verdictsView(body.judgement, instant));
  // Which moment the panels show (the slider moves at once; the answers follow).
  $('replay-known').setAttribute('data-at', String(at));
  showAccess(asked);
}

async function showAccess(asked) {
  const params = new URLSearchParams({ resource: KINDS[record.kind][1] + record.id, limit: '50', offset: '0' });
  const res = await api('GET', '/access-log?' + params.toString());
  if (asked !== generation) return;
  if (!res.ok) return fill($('replay-access'), h('p', {}, res.status === 403 ? w('accessLog.onlyAuditors') : problemText(res)));
  const entries = res.body.entries || [];
  if (!entries.length) return fill($('replay-access'), h('p', {}, w('audit.nobodyRead')));
  fill($('replay-access'),
    h('p', {}, wn('audit.reads', res.body.total)),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': w('audit.readsLabel') },
      h('table', { id: 'access-table' },
        h('thead', {}, h('tr', {}, ['when', 'who', 'view'].map((k) => h('th', { scope: 'col' }, w('accessLog.col.' + k))))),
        h('tbody', {}, entries.map((entry) => h('tr', {}, h('td', {}, when(entry.readAt)), h('th', { scope: 'row', class: 'who' }, entry.actor), h('td', { class: 'view' }, viewWords(entry.view))))))));
}

async function showCheckpoint(tries) {
  const shown = record;
  const res = await api('GET', '/proof/checkpoint');
  if (!record || record !== shown || !$('replay-checkpoint')) return;
  if (!res.ok) return fill($('replay-checkpoint'), h('p', {}, problemText(res)));
  const c = res.body;
  fill($('replay-checkpoint'),
    h('h3', {}, w('audit.checkpoint.heading')),
    h('dl', { class: 'known', id: 'checkpoint-facts' },
      h('dt', {}, w('audit.checkpoint.signedBy')), h('dd', {}, c.origin),
      h('dt', {}, w('audit.checkpoint.size')), h('dd', { id: 'checkpoint-size', 'data-size': String(c.treeSize) }, num(c.treeSize)),
      h('dt', {}, w('audit.checkpoint.root')), h('dd', {}, h('abbr', { class: 'short-id', title: c.rootHash }, String(c.rootHash).slice(0, 12) + '…'))),
    h('h3', {}, w('audit.checkpoint.question')),
    h('div', { id: 'store-verification' }, verificationView(c.verification)),
    h('p', { class: 'muted' }, withNodes(w('audit.checkpoint.cli'), { command: h('code', {}, 'npm run cli -- verify') })));
  // A check under way answers in a few seconds: ask again (a minute at most), each time showing what is known so far.
  if (c.verification && c.verification.checking && tries < 30) setTimeout(() => showCheckpoint(tries + 1), 2000);
}

window.addEventListener('hashchange', (event) => {
  if (location.hash === '#main') return history.replaceState(null, '', event.oldURL);
  if (!me) return;
  complain('');
  route();
});
`;

/** The page's one script, built like the others: one strict-mode scope, nothing global. */
export const REPLAY_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  REPLAY_WORDS_JS,
  REPLAY_VIEWS_JS,
  REPLAY_JS,
  SESSION_JS,
  'begin(() => {',
  '  route();',
  '  return null;',
  '});',
  '})();',
  '',
].join('\n');
