/**
 * Start-up shared by both pages: ask once for the staff reference (kept in sessionStorage for the tab),
 * then show what `route` picks for the path; `route` returns the stop function of its live feed.
 */
export const STAFF_REF_JS = String.raw`
let stopLive = null;

function begin(route) {
  if (stopLive) stopLive();
  stopLive = null;
  const ref = staffRef();
  if (!ref) return askStaffRef(route);
  $('acting-as').replaceChildren('Acting as ', h('strong', {}, ref), ' ',
    h('button', { type: 'button', onclick: () => { sessionStorage.removeItem(STAFF_KEY); begin(route); } }, 'Change'));
  stopLive = route(location.pathname);
}

function askStaffRef(route) {
  $('acting-as').replaceChildren();
  const input = h('input', { id: 'staff-ref', autocomplete: 'off', 'aria-describedby': 'staff-ref-hint staff-ref-error', 'aria-required': 'true' });
  const error = h('p', { id: 'staff-ref-error', class: 'field-error', 'aria-live': 'assertive' });
  const submit = (event) => {
    event.preventDefault();
    const value = input.value.trim().toUpperCase();
    if (!STAFF_REF.test(value)) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = 'A staff reference looks like ST-7K3Q9P: two to four letters, a dash, four to twelve letters or digits.';
      return input.focus();
    }
    sessionStorage.setItem(STAFF_KEY, value);
    begin(route);
  };
  fill($('main'), h('form', { class: 'action', novalidate: true, onsubmit: submit },
    h('h1', {}, 'Who is acting?'),
    h('label', { for: 'staff-ref' }, 'Your staff reference'),
    h('p', { id: 'staff-ref-hint', class: 'muted' }, 'Pseudonymous, such as ST-7K3Q9P. It is kept for this browser tab only and sent with every request.'),
    input, error,
    h('button', { type: 'submit' }, 'Continue')));
  input.focus();
}
`;
