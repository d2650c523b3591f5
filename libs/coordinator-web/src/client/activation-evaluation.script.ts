/**
 * The after-action evaluation: once recorded, what worked and what did not, each with its class of security measure
 * (organisational, static/technological, dynamic/human) and its follow-up; until then, on a stood-down activation,
 * the form that records it. Field names are the API's (points.0.description), so its refusals land beside the field.
 */
export const ACTIVATION_EVALUATION_JS = String.raw`
const REVIEW_STATUS_WORDS = { required: w('activation.review.required'), draft: w('activation.review.draft'), agreed: w('activation.review.agreed'), published: w('activation.review.published') };

/** The recorded evaluation and the learning review that picks it up; the form while a stood-down activation has none. */
function evaluationSection(view) {
  const a = view.activation;
  const e = a.evaluation;
  const review = view.review;
  const open = !e && a.status === 'stood-down';
  if (!e && !review && !open) return null;
  const link = review
    ? h('p', { id: 'learning-review-link' }, h('a', { href: '/learning#review=' + encodeURIComponent(review.reviewId) }, w('activation.openReview')),
      ' (' + (REVIEW_STATUS_WORDS[review.status] || review.status) + ')')
    : null;
  return h('section', { id: 'evaluation-section', 'aria-labelledby': 'evaluation-heading' },
    h('h2', { id: 'evaluation-heading' }, w('activation.evaluation')),
    e ? recordedEvaluation(e) : h('p', { id: 'no-evaluation' }, w('activation.noEvaluation')),
    open ? evaluationForm(view) : null,
    link);
}

function recordedEvaluation(e) {
  return h('div', { id: 'evaluation' },
    h('p', {}, w('activation.evaluationRecorded'), when(e.evaluatedAt), w('activation.evaluationReference'), h('code', {}, e.referenceId), w('activation.evaluationCites')),
    h('p', { lang: 'da', class: 'evaluation-summary' }, e.summary),
    h('ul', { class: 'evaluation-points' }, e.points.map((p) => h('li', { 'data-kind': p.kind, 'data-risk-class': p.riskClass },
      wordFor(POINT_KINDS, p.kind) + ' (' + riskClassName(p.riskClass) + '): ', h('span', { lang: 'da' }, p.description),
      p.followUps.length ? [w('activation.followUp'), p.followUps.map(followUpText).join('; ')] : ''))));
}

/** A follow-up in one line: what, who owns it, by when (a calendar day in the page's language). */
function followUpText(f) {
  const due = f.dueBy && !Number.isNaN(new Date(f.dueBy + 'T12:00:00').getTime()) ? new Date(f.dueBy + 'T12:00:00').toLocaleDateString(LOCALE, { dateStyle: 'medium' }) : f.dueBy;
  return f.action + (f.owner ? ' (' + f.owner + ')' : '') + (due ? w('activation.dueBy') + due : '');
}

function evaluationForm(view) {
  const key = 'evaluation';
  const errors = view.errors[key] || {};
  const count = view.evaluationPoints || 1;
  const points = [];
  for (let i = 0; i < count; i++) points.push(pointFields(errors, key, i));
  const more = (n) => () => {
    view.evaluationPoints = Math.max(1, count + n);
    view.render();
    const first = $(key + '-points.' + (view.evaluationPoints - 1) + '.kind');
    if (first) first.focus();
  };
  return commandForm(view, key, w('evaluation.record'), [
    formField(errors, key, 'summary', w('evaluation.summary'), textArea('', 3), w('form.summaryHint')),
    h('fieldset', { class: 'evaluation-points', name: 'points' }, h('legend', {}, w('evaluation.points')),
      h('p', { class: 'field-error', id: key + '-points-error', 'aria-live': 'polite' }, errors.points || ''),
      points,
      h('button', { type: 'button', class: 'secondary', onclick: more(1) }, w('evaluation.addPoint')),
      count > 1 ? [' ', h('button', { type: 'button', class: 'secondary', onclick: more(-1) }, w('evaluation.removePoint'))] : null),
  ], (form) => {
    const body = evaluationBody(form, count);
    body.expectedRevision = view.activation.revision;
    view.submit(key, form, 'POST', '/evaluation', body, w('evaluation.recorded'));
  });
}

/** One point: worked or not, its class of measure, what happened, and an optional follow-up with owner and date. */
function pointFields(errors, key, i) {
  const at = 'points.' + i;
  return h('fieldset', { class: 'evaluation-point', 'data-point': String(i) }, h('legend', {}, w('evaluation.point', { n: num(i + 1) })),
    formField(errors, key, at + '.kind', w('evaluation.kind'), choice(POINT_KINDS, '', w('form.choose'))),
    formField(errors, key, at + '.riskClass', w('evaluation.riskClass'), choice(RISK_CLASSES, '', w('form.choose')), w('evaluation.riskClassHint')),
    formField(errors, key, at + '.description', w('evaluation.description'), textArea('', 2)),
    formField(errors, key, at + '.followUps.0.action', w('evaluation.followUp'), textInput(''), w('evaluation.followUpHint')),
    formField(errors, key, at + '.followUps.0.owner', w('evaluation.owner'), textInput(''), w('form.staffHint')),
    formField(errors, key, at + '.followUps.0.dueBy', w('evaluation.dueBy'), h('input', { type: 'date' })));
}

function evaluationBody(form, count) {
  const points = [];
  for (let i = 0; i < count; i++) {
    const at = 'points.' + i;
    const value = (name) => formValue(form, at + '.' + name).trim();
    const followUp = { action: value('followUps.0.action'), owner: value('followUps.0.owner').toUpperCase() || undefined, dueBy: value('followUps.0.dueBy') || undefined };
    points.push({
      kind: value('kind') || undefined,
      riskClass: value('riskClass') || undefined,
      description: value('description'),
      // A follow-up only when something of it was written; the server judges what is missing.
      followUps: followUp.action || followUp.owner || followUp.dueBy ? [followUp] : [],
    });
  }
  return { summary: formValue(form, 'summary').trim(), points: points };
}
`;
