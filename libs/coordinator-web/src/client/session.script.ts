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
    fill($('signed-in'), signInLink('Sign in'));
    return complain(problemText(res));
  }
  me = res.body;
  showSignedIn();
  stopLive = route(location.pathname);
}

function signInLink(text) {
  return h('a', { href: signInHref() }, text);
}

function showSignedIn() {
  const who = h('span', { id: 'signed-in-as' }, 'Signed in as ', h('strong', {}, me.staffRef), ' (', (me.roleNames || []).join(', ') || 'no role', ' · ', me.unitName, ')');
  const form = h('form', { method: 'post', action: '/auth/sign-out', class: 'sign-out', onsubmit: signOut }, h('button', { type: 'submit' }, 'Sign out'));
  fill($('signed-in'), who, ' ', form);
}

function showSignedOut() {
  me = null;
  fill($('signed-in'), 'Not signed in · ', signInLink('Sign in'));
  fill($('main'),
    h('h1', {}, 'Sign in to continue'),
    h('p', {}, 'This page shows what your role lets you see, so it needs to know who you are.'),
    h('p', {}, signInLink('Sign in and come back to this page')));
}

/** A request met 401 while the page was open: the session is over, but what the person typed stays. */
function sessionEnded() {
  if (!me) return;
  me = null;
  if (stopLive) stopLive();
  stopLive = null;
  fill($('signed-in'), 'Not signed in · ', signInLink('Sign in'));
  complain('Your sign-in has ended (signed out elsewhere, or it expired). Sign in again to go on; you come back to this page.');
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
    return complain('The server could not be reached, so you are still signed in. Try again.');
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
