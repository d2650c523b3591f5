/**
 * One run: the card as pinned, its steps and its timeline. Every change names the revision shown
 * (expectedRevision); a 409 is said plainly and the current state is loaded in its place.
 */
export const RUN_VIEW_JS = String.raw`
function showRun(runId) {
  const box = h('div', { id: 'run', 'aria-busy': 'true' }, h('p', {}, w('run.loading')));
  fill($('main'), h('p', {}, h('a', { href: '/coordinator' }, w('run.back'))), box);
  const path = '/action-card-runs/' + encodeURIComponent(runId);
  let run = null;
  let stepErrors = {};
  // What started the run, in words: read once from its own record (a reader without access keeps the plain words).
  let origin = null;
  const readOrigin = async () => {
    const t = run.trigger || {};
    origin = {};
    if (t.type === 'crisis-activation') {
      const res = await api('GET', '/crisis-activations/' + encodeURIComponent(t.activationId));
      if (res.ok && res.body.plan) origin.activation = res.body;
    } else if (t.type === 'incident') {
      const res = await api('GET', '/incidents/' + encodeURIComponent(t.incidentId));
      if (res.ok && res.body.state && res.body.state.kind) origin.incident = res.body.state;
    } else return;
    render();
  };

  const load = coalesce(async (atLeast) => {
    for (let attempt = 0; ; attempt++) {
      const res = await api('GET', path);
      box.setAttribute('aria-busy', 'false');
      if (!res.ok) {
        if (res.status === 404) return box.replaceChildren(h('p', {}, w('run.notYet')));
        return complain(w('run.failed') + problemText(res));
      }
      // The read model may trail the command just answered; wait briefly for it to catch up.
      if (atLeast === undefined || res.body.revision >= atLeast || attempt >= 50) {
        run = res.body;
        if (!origin) readOrigin();
        return render();
      }
      await sleep(100);
    }
  });

  const render = () => {
    const drafts = {};
    box.querySelectorAll('[data-draft]').forEach((el) => (drafts[el.id] = el.value));
    const open = Array.from(box.querySelectorAll('details[open]')).map((d) => d.dataset.key);
    const focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id : null;
    document.title = run.card.title + ' · Vigil';
    fill(box, runContent(run, stepErrors, act, origin || {}));
    for (const id of Object.keys(drafts)) if ($(id)) $(id).value = drafts[id];
    box.querySelectorAll('details[data-key]').forEach((d) => (d.open = open.includes(d.dataset.key)));
    if (focused && $(focused)) $(focused).focus();
  };

  let ownRevision = -1;
  const act = async (step, action, body) => {
    complain('');
    say('');
    stepErrors = {};
    const res = await api('POST', path + '/steps/' + encodeURIComponent(step.stepId) + '/' + action, Object.assign({ expectedRevision: run.revision }, body));
    if (res.ok) {
      ownRevision = Math.max(ownRevision, res.body.revision);
      ['note-', 'skip-reason-', 'reopen-reason-', 'assign-'].forEach((p) => $(p + step.stepId) && ($(p + step.stepId).value = ''));
      say(w('run.recorded', { step: step.title, what: w('run.action.' + action) }));
      return load(res.body.revision);
    }
    if (res.status === 409) {
      const message = w('run.conflict', { problem: problemText(res) });
      complain(message);
      stepErrors[step.stepId] = message;
      return load(typeof res.body.currentRevision === 'number' ? res.body.currentRevision : undefined);
    }
    stepErrors[step.stepId] = w('run.notRecorded') + problemText(res);
    render();
  };

  load();
  return watchLive(path + '/live', (change) => {
    // A change this page made itself is not news from elsewhere, whichever arrives first: its answer or the live message.
    if (change && run && change.revision > Math.max(run.revision, ownRevision)) say(w('run.updatedLive') + (change.stepId ? '"' + stepTitle(run, change.stepId) + '" ' : '') + eventWords(change.type) + '.');
    load(change ? change.revision : undefined);
  });
}

const stepTitle = (run, id) => ((run.steps.find((s) => s.stepId === id) || {}).title || id);

/** Who or what started the run: by hand by a person, or by a crisis activation or an incident, each a link to it. */
function runTrigger(run, origin) {
  const t = run.trigger || {};
  if (t.type === 'crisis-activation') {
    const a = origin.activation;
    const label = a ? [h('span', { lang: 'da' }, a.plan.title), a.exercise ? START_WORDS.exercise : '', START_WORDS.activated, when(a.activatedAt)] : [START_WORDS.activationFallback(t), t.exercise ? START_WORDS.exercise : ''];
    return [START_WORDS.byActivation, h('a', { id: 'run-activation-link', href: '/crisis/activations/' + encodeURIComponent(t.activationId) }, label)];
  }
  if (t.type === 'incident') {
    const i = origin.incident;
    const label = i ? [START_WORDS.incidentLabel(i), when(i.occurredAt)] : START_WORDS.incidentFallback;
    return [START_WORDS.byIncident, h('a', { id: 'run-incident-link', href: '/audit#incident=' + encodeURIComponent(t.incidentId) }, label),
      t.policyVersion ? START_WORDS.byPolicy(t.policyVersion) : ''];
  }
  return START_WORDS.byHand + run.startedBy;
}

function runContent(run, stepErrors, act, origin) {
  return [
    h('h1', { lang: 'da' }, run.card.title),
    h('p', { class: 'muted' },
      w('run.pinned', { version: run.templateVersion }) + areaName(run.area) + (run.institution ? ' · ' + institutionName(run.institution) : ''),
      w('run.started'), when(run.startedAt), ' ', h('span', { id: 'run-trigger' }, runTrigger(run, origin))),
    h('p', {}, w('run.status'), h('strong', { id: 'run-status' }, w(run.status === 'completed' ? 'run.completed' : 'run.open')), w('run.revision'), h('span', { id: 'run-revision' }, String(run.revision))),
    run.card.summary ? h('p', { lang: 'da' }, run.card.summary) : null,
    h('h2', {}, w('run.steps')),
    h('ol', { class: 'steps' }, run.steps.map((s) => stepView(run, s, stepErrors[s.stepId], act))),
    h('h2', {}, w('run.timeline')),
    h('ol', { class: 'timeline', id: 'timeline' }, run.timeline.map((t) =>
      h('li', {}, when(t.recordedAt), ' · ', t.actor, ' ', eventWords(t.type), t.stepId ? [': ', h('span', { lang: 'da' }, stepTitle(run, t.stepId))] : ''))),
  ];
}
`;
