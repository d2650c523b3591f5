/**
 * Start-up shared by both pages: who is signed in (GET /auth/me, answered through the HttpOnly session cookie),
 * shown in the header with a Sign out button; then what `route` picks for the path (`route` returns the stop
 * function of its live feed). Nobody signed in: a Sign in link that comes back to this page.
 */
export const SESSION_JS = String.raw`
let stopLive = null;
let me = null;

const staffRef = () => (me ? me.staffRef : '');
const signInHref = () => '/auth/sign-in?return=' + encodeURIComponent(location.pathname + location.search + location.hash);

async function begin(route) {
  if (stopLive) stopLive();
  stopLive = null;
  const res = await api('GET', '/auth/me');
  if (res.status === 401) return showSignedOut();
  if (!res.ok) {
    fill($('signed-in'), signInLink(w('session.signIn')));
    return complain(problemText(res));
  }
  me = res.body;
  showSignedIn();
  stopLive = route(location.pathname);
}

function signInLink(text) {
  return h('a', { href: signInHref() }, text);
}

/** The signed-in person's roles and unit in the page's language; the server's own words when a role or unit is new to the page. */
const personRoles = () => (me.roles || []).map((role, i) => (WORDS['role.' + role] ? w('role.' + role) : (me.roleNames || [])[i] || role));
function personUnit() {
  const [kind, slug] = String(me.unit || '').split(':');
  if (kind === 'national') return w('unit.national');
  return (kind === 'area' ? AREA_NAMES[slug] : kind === 'institution' ? INSTITUTION_NAMES[slug] : null) || me.unitName;
}

function showSignedIn() {
  const who = h('span', { id: 'signed-in-as' }, w('session.signedInAs'), h('strong', {}, me.staffRef), ' (', personRoles().join(', ') || w('session.noRole'), ' · ', personUnit(), ')');
  const form = h('form', { method: 'post', action: '/auth/sign-out', class: 'sign-out', onsubmit: signOut }, h('button', { type: 'submit' }, w('session.signOut')));
  fill($('signed-in'), who, ' ', form);
}

function showSignedOut() {
  me = null;
  fill($('signed-in'), w('session.notSignedIn'), signInLink(w('session.signIn')));
  fill($('main'),
    h('h1', {}, w('session.heading')),
    h('p', {}, w('session.why')),
    h('p', {}, signInLink(w('session.comeBack'))));
}

/** A request met 401 while the page was open: the session is over, but what the person typed stays. */
function sessionEnded() {
  if (!me) return;
  me = null;
  if (stopLive) stopLive();
  stopLive = null;
  fill($('signed-in'), w('session.notSignedIn'), signInLink(w('session.signIn')));
  complain(w('session.ended'));
}

/** Ends the session here, then goes where the server says (the provider's sign-out, or the start page). */
async function signOut(event) {
  event.preventDefault();
  if (stopLive) stopLive();
  stopLive = null;
  let response;
  try {
    response = await fetch('/auth/sign-out', { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    return complain(w('session.stillSignedIn'));
  }
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    body = null;
  }
  me = null;
  location.assign(body && body.continueTo ? body.continueTo : '/');
}
`;
