/**
 * One activation: its facts, roles, level and stand-down, the decision and communication logs, the evaluation, card
 * progress and the timeline. Live through the board's feed (its projection is the one the detail reads).
 */
export const ACTIVATION_VIEW_JS = String.raw`
function showActivation(activationId) {
  const box = h('div', { id: 'activation', 'aria-busy': 'true' }, h('p', {}, w('activation.loading')));
  const progress = h('section', { id: 'card-progress', 'aria-labelledby': 'card-progress-heading' });
  const timeline = h('section', { id: 'timeline-section', 'aria-labelledby': 'timeline-heading' });
  fill($('main'), h('p', {}, h('a', { href: '/crisis' }, w('activation.back'))), box, progress, timeline);
  const path = '/crisis-activations/' + encodeURIComponent(activationId);
  const view = { activation: null, errors: {}, path: path, ownRevision: -1 };

  view.load = coalesce(async (atLeast) => {
    for (let attempt = 0; ; attempt++) {
      const res = await api('GET', path);
      box.setAttribute('aria-busy', 'false');
      if (!res.ok) {
        if (res.status === 404) return fill(box, h('p', {}, w('activation.notYet')));
        return complain(w('activation.failed') + problemSentence(res));
      }
      // The read model may trail the command just answered; wait briefly for it to catch up.
      if (atLeast === undefined || res.body.revision >= atLeast || attempt >= 50) {
        const before = view.activation;
        view.activation = res.body;
        // A change this page made itself is not news from elsewhere, whichever answer arrives first.
        if (atLeast === undefined && before && res.body.revision > Math.max(before.revision, view.ownRevision)) say(w('activation.updatedLive', { revision: res.body.revision }));
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
    document.title = view.activation.plan.title + (view.activation.exercise ? w('start.exercise') : '') + ' · Vigil';
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
    const placed = [];
    for (const e of (res.body && res.body.errors) || []) {
      // A field the form names in full (points.0.description), else the control its first part names.
      const name = names.includes(e.field) ? e.field : String(e.field).split('.')[0];
      if (!names.includes(name)) continue;
      errors[name] = (errors[name] ? errors[name] + '; ' : '') + e.message;
      placed.push(e.field);
    }
    errors._form = w(res.status === 409 ? 'activation.conflict' : 'activation.notRecorded') + problemSentence(res, placed);
    view.errors[formKey] = errors;
    if (res.status === 409) {
      complain(errors._form + w('activation.reloaded'));
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
    a.exercise ? h('p', { class: 'exercise-note' }, w('activation.exerciseNote')) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, w('activation.status')), h('dd', { id: 'activation-status' }, w(stood ? 'activation.stoodDown' : 'activation.active')),
      h('dt', {}, w('crisisBoard.level')), h('dd', { id: 'activation-level' }, levelName(a.level)),
      h('dt', {}, w('crisisBoard.scope')), h('dd', { id: 'activation-scope' }, scopeText(a.scope)),
      h('dt', {}, w('activation.plan')), h('dd', {}, w('activation.planPinned', { plan: a.plan.title, version: a.plan.version })),
      h('dt', {}, w('crisisBoard.activated')), h('dd', {}, when(a.activatedAt), w('activation.by', { who: a.activatedBy }), h('span', { lang: 'da' }, a.reason)),
      stood ? [h('dt', {}, w('activation.stoodDown')), h('dd', {}, when(a.stoodDownAt), ': ', h('span', { lang: 'da' }, a.standDownReason))] : null,
      h('dt', {}, w('activation.revision')), h('dd', { id: 'activation-revision' }, String(a.revision))),
    rolesSection(view),
    stood ? null : levelAndStandDown(view),
    logSection(view, 'decision', a.decisions),
    logSection(view, 'communication', a.communications),
    evaluationSection(view),
  ];
}
`;
