/**
 * One activation: its facts, roles, level and stand-down, the decision and communication logs, card
 * progress and the timeline. Live through the board's feed (its projection is the one the detail reads).
 */
export const ACTIVATION_VIEW_JS = String.raw`
function showActivation(activationId) {
  const box = h('div', { id: 'activation', 'aria-busy': 'true' }, h('p', {}, 'Loading the activation…'));
  const progress = h('section', { id: 'card-progress', 'aria-labelledby': 'card-progress-heading' });
  const timeline = h('section', { id: 'timeline-section', 'aria-labelledby': 'timeline-heading' });
  fill($('main'), h('p', {}, h('a', { href: '/crisis' }, '← Back to the crisis board')), box, progress, timeline);
  const path = '/crisis-activations/' + encodeURIComponent(activationId);
  const view = { activation: null, errors: {}, path: path, ownRevision: -1 };

  view.load = coalesce(async (atLeast) => {
    for (let attempt = 0; ; attempt++) {
      const res = await api('GET', path);
      box.setAttribute('aria-busy', 'false');
      if (!res.ok) {
        if (res.status === 404) return fill(box, h('p', {}, 'This activation is not on record yet; the page shows it as soon as it is.'));
        return complain('The activation could not be loaded: ' + problemText(res));
      }
      // The read model may trail the command just answered; wait briefly for it to catch up.
      if (atLeast === undefined || res.body.revision >= atLeast || attempt >= 50) {
        const before = view.activation;
        view.activation = res.body;
        // A change this page made itself is not news from elsewhere, whichever answer arrives first.
        if (atLeast === undefined && before && res.body.revision > Math.max(before.revision, view.ownRevision)) say('Updated live: the activation is now at revision ' + res.body.revision + '.');
        return view.render();
      }
      await sleep(100);
    }
  });

  view.render = () => {
    const drafts = {};
    box.querySelectorAll('[data-draft]').forEach((el) => (drafts[el.id] = el.value));
    const open = Array.from(box.querySelectorAll('details[open]')).map((d) => d.dataset.key);
    const focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id : null;
    document.title = view.activation.plan.title + (view.activation.exercise ? ' (EXERCISE)' : '') + ' · Vigil';
    fill(box, activationContent(view));
    for (const id of Object.keys(drafts)) if ($(id)) $(id).value = drafts[id];
    box.querySelectorAll('details[data-key]').forEach((d) => (d.open = d.open || open.includes(d.dataset.key)));
    if (focused && $(focused)) $(focused).focus();
  };

  /** Sends a form's command; on refusal each field error goes beside its field, the rest above the button. */
  view.submit = async (formKey, form, method, commandPath, body, doneText) => {
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    complain('');
    say('');
    const res = await api(method, path + commandPath, body);
    button.disabled = false;
    if (res.ok) {
      delete view.errors[formKey];
      form.reset();
      const details = form.closest('details');
      if (details) details.open = false;
      view.ownRevision = Math.max(view.ownRevision, res.body.revision);
      say(doneText);
      return view.load(res.body.revision);
    }
    const names = Array.from(form.elements).map((el) => el.name).filter(Boolean);
    const errors = {};
    for (const e of (res.body && res.body.errors) || []) {
      const name = String(e.field).split('.')[0];
      if (names.includes(name)) errors[name] = (errors[name] ? errors[name] + '; ' : '') + e.message;
    }
    errors._form = (res.status === 409 ? 'Conflict: ' : 'Not recorded: ') + problemText(res);
    view.errors[formKey] = errors;
    if (res.status === 409) {
      complain(errors._form + ' The activation has been reloaded and shows the current state; check it before you act again.');
      await view.load(typeof res.body.currentRevision === 'number' ? res.body.currentRevision : undefined);
    } else {
      view.render();
    }
    const invalid = box.querySelector('[data-form="' + formKey + '"] [aria-invalid="true"]');
    if (invalid) invalid.focus();
  };

  view.load();
  // Which learning review, if any, picks up this activation: asked once; readers without access simply get no link.
  api('GET', '/learning-review-activations/' + encodeURIComponent(activationId)).then((res) => {
    if (!res.ok || !res.body || !res.body.reviewId) return;
    view.review = res.body;
    if (view.activation) view.render();
  });
  showCardProgress(progress, activationId);
  showTimeline(timeline, path);
  return watchLive('/crisis-board/live', () => view.load());
}

/** A form with its key (for drafts and errors), the form-level error line and a submit button. */
function commandForm(view, formKey, label, fields, send) {
  const errors = view.errors[formKey] || {};
  const form = h('form', { class: 'action', 'data-form': formKey, novalidate: true, onsubmit: (event) => { event.preventDefault(); send(form); } },
    fields, h('p', { class: 'field-error form-error', 'aria-live': 'assertive' }, errors._form || ''), h('button', { type: 'submit' }, label));
  return form;
}

function activationContent(view) {
  const a = view.activation;
  const stood = a.status === 'stood-down';
  return [
    h('h1', {}, realityBadge(a.exercise), ' ', h('span', { lang: 'da' }, a.plan.title)),
    a.exercise ? h('p', { class: 'exercise-note' }, 'This is an EXERCISE (øvelse): nothing here is a real incident.') : null,
    h('dl', { class: 'facts' },
      h('dt', {}, 'Status'), h('dd', { id: 'activation-status' }, stood ? 'Stood down' : 'Active'),
      h('dt', {}, 'Level'), h('dd', { id: 'activation-level' }, levelName(a.level)),
      h('dt', {}, 'Scope'), h('dd', {}, scopeText(a.scope)),
      h('dt', {}, 'Plan'), h('dd', {}, a.plan.planId + ', version ' + a.plan.version + ' as pinned at activation'),
      h('dt', {}, 'Activated'), h('dd', {}, when(a.activatedAt), ' by ' + a.activatedBy + ': ', h('span', { lang: 'da' }, a.reason)),
      stood ? [h('dt', {}, 'Stood down'), h('dd', {}, when(a.stoodDownAt), ': ', h('span', { lang: 'da' }, a.standDownReason))] : null,
      h('dt', {}, 'Revision'), h('dd', { id: 'activation-revision' }, String(a.revision))),
    h('h2', {}, 'Crisis roles'),
    h('ul', { class: 'roles' }, a.roles.map((r) => h('li', {}, roleName(r.role) + ': ', r.vacant ? h('em', {}, 'vacant') : [r.holder, ' since ', when(r.since)]))),
    stood ? null : levelAndStandDown(view),
    logSection(view, 'decision', a.decisions),
    logSection(view, 'communication', a.communications),
    evaluationSection(a, view.review),
  ];
}

const REVIEW_STATUS_WORDS = { required: 'required, not started yet', draft: 'being drafted', agreed: 'agreed, not yet published', published: 'published' };

/** The after-action evaluation, once recorded, and the learning review that picks it up when there is one. */
function evaluationSection(a, review) {
  const e = a.evaluation;
  if (!e && !review) return null;
  const link = review
    ? h('p', { id: 'learning-review-link' }, h('a', { href: '/learning#review=' + encodeURIComponent(review.reviewId) }, 'Open the learning review'),
      ' (' + (REVIEW_STATUS_WORDS[review.status] || review.status) + ')')
    : null;
  return [
    h('h2', { id: 'evaluation-heading' }, 'Evaluation'),
    e
      ? h('div', { id: 'evaluation', 'aria-labelledby': 'evaluation-heading' },
        h('p', {}, 'Recorded ', when(e.evaluatedAt), '; reference ', h('code', {}, e.referenceId), ' (what a learning review cites).'),
        h('p', { lang: 'da' }, e.summary),
        h('ul', { class: 'evaluation-points' }, e.points.map((p) => h('li', { 'data-kind': p.kind },
          (p.kind === 'worked' ? 'Worked' : 'Did not work') + ' (' + roleName(p.riskClass) + '): ', h('span', { lang: 'da' }, p.description),
          p.followUps.length ? [' Follow-up: ', p.followUps.map((f) => f.action + (f.dueBy ? ' by ' + f.dueBy : '')).join('; ')] : ''))))
      : h('p', {}, 'No evaluation is recorded yet.'),
    link,
  ];
}
`;
