/**
 * Form parts for the activation page. Each field has its label, hint and an error line beside it,
 * where the API's problem+json field errors are shown; the page sends what was typed and lets the
 * server judge it, so the rules live in one place.
 */
export const LOG_FORM_FIELDS_JS = String.raw`
/** A labelled control with its error line; ids are formKey-name, so drafts and errors survive a re-render. */
function formField(errors, formKey, name, label, control, hint) {
  const id = formKey + '-' + name;
  const message = (errors || {})[name];
  control.id = id;
  control.name = name;
  control.setAttribute('data-draft', id);
  control.setAttribute('aria-describedby', (hint ? id + '-hint ' : '') + id + '-error');
  if (message) control.setAttribute('aria-invalid', 'true');
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label),
    hint ? h('p', { id: id + '-hint', class: 'muted' }, hint) : null,
    control,
    h('p', { id: id + '-error', class: 'field-error', 'aria-live': 'polite' }, message || ''));
}

const textInput = (value) => h('input', { autocomplete: 'off', value: value || '' });
function textArea(value, rows) {
  const area = h('textarea', { rows: rows || 2, maxlength: 4000 });
  area.defaultValue = value || '';
  return area;
}
const choice = (options, value, prompt) =>
  h('select', {}, prompt ? h('option', { value: '' }, prompt) : null, options.map((o) => h('option', { value: o[0], selected: o[0] === value }, o[1])));

/** datetime-local shows local time; the API wants an instant. Empty means now; nonsense goes as typed, for the server to name. */
function instantOf(value) {
  if (!value.trim()) return new Date().toISOString();
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
function localInputValue(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}
const instantInput = (iso) => h('input', { type: 'datetime-local', value: localInputValue(iso), 'data-instant': iso || null });
/** A prefilled time shows to the minute; left unchanged it keeps the recorded instant to the second. */
function instantField(form, name) {
  const input = form.elements.namedItem(name);
  if (input.dataset.instant && input.value === input.defaultValue) return input.dataset.instant;
  return instantOf(input.value);
}
const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const formValue = (form, name) => (form.elements.namedItem(name) ? form.elements.namedItem(name).value : '');

function decisionFields(errors, key, entry) {
  const e = entry || {};
  return [
    formField(errors, key, 'decision', w('form.decision'), textArea(e.decision, 2)),
    formField(errors, key, 'rationale', w('form.rationale'), textArea(e.rationale, 2)),
    formField(errors, key, 'legalBasis', w('form.legalBasis'), textInput(e.legalBasis), w('form.legalBasisHint')),
    formField(errors, key, 'alternativesConsidered', w('form.alternatives'), textArea((e.alternativesConsidered || []).join('\n'), 3),
      w('form.alternativesHint')),
    formField(errors, key, 'decidedBy', w('form.decidedBy'), textInput(e.decidedBy || staffRef()), w('form.staffHint')),
    formField(errors, key, 'decidedAt', w('form.decidedAt'), instantInput(e.decidedAt), w('form.leaveEmpty')),
  ];
}

const decisionBody = (form) => ({
  decision: formValue(form, 'decision').trim(),
  rationale: formValue(form, 'rationale').trim(),
  legalBasis: formValue(form, 'legalBasis').trim(),
  alternativesConsidered: lines(formValue(form, 'alternativesConsidered')),
  decidedBy: formValue(form, 'decidedBy').trim().toUpperCase(),
  decidedAt: instantField(form, 'decidedAt'),
});

function communicationFields(errors, key, entry) {
  const e = entry || {};
  const released = e.released === undefined ? '' : String(e.released);
  return [
    formField(errors, key, 'audience', w('form.audience'), choice(AUDIENCES, e.audience, w('form.chooseAudience'))),
    formField(errors, key, 'channel', w('form.channel'), choice(CHANNELS, e.channel, w('form.chooseChannel'))),
    formField(errors, key, 'summary', w('form.summary'), textArea(e.summary, 3), w('form.summaryHint')),
    formField(errors, key, 'released', w('form.released'), choice([['true', w('form.releasedOutside')], ['false', w('form.internalOnly')]], released, w('form.choose'))),
    formField(errors, key, 'communicatedBy', w('form.communicatedBy'), textInput(e.communicatedBy || staffRef())),
    formField(errors, key, 'communicatedAt', w('form.communicatedAt'), instantInput(e.communicatedAt), w('form.leaveEmpty')),
  ];
}

function communicationBody(form) {
  const released = formValue(form, 'released');
  return {
    audience: formValue(form, 'audience') || undefined,
    channel: formValue(form, 'channel') || undefined,
    summary: formValue(form, 'summary').trim(),
    released: released === '' ? undefined : released === 'true',
    communicatedBy: formValue(form, 'communicatedBy').trim().toUpperCase(),
    communicatedAt: instantField(form, 'communicatedAt'),
  };
}
`;
