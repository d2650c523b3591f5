import { AUTHORING_CARD_JS } from './authoring-card.script';
import { AUTHORING_DIFF_JS } from './authoring-diff';
import { AUTHORING_DIFF_VIEW_JS } from './authoring-diff-view.script';
import { AUTHORING_LIST_JS } from './authoring-list.script';
import { AUTHORING_PARTS_JS } from './authoring-parts.script';
import { AUTHORING_PLAN_JS } from './authoring-plan.script';
import { AUTHORING_PREVIEW_JS } from './authoring-preview.script';
import { AUTHORING_WORDS_JS } from './authoring-words.script';
import { BASICS_JS } from './basics.script';
import { SESSION_JS } from './session.script';

/**
 * The page's address says what it shows: /authoring the overview (#new-card, #new-plan a new one), /authoring/templates/<id>
 * one card, /authoring/plans/<id> one plan. A newer choice wins over answers still on their way.
 */
const AUTHORING_APP_JS = String.raw`
let currentGeneration = 0;
const CARD_PATH = /^\/authoring\/templates\/([a-z0-9][a-z0-9-]{0,79})\/?$/;
const PLAN_PATH = /^\/authoring\/plans\/([a-z0-9][a-z0-9-]{0,79})\/?$/;

function route() {
  currentGeneration += 1;
  const generation = currentGeneration;
  const card = CARD_PATH.exec(location.pathname);
  const plan = PLAN_PATH.exec(location.pathname);
  if (card) return showTemplate(card[1], generation);
  if (plan) return showPlan(plan[1], generation);
  if (location.hash === '#new-card') return showNewTemplate(generation);
  if (location.hash === '#new-plan') return showNewPlan(generation);
  return showList(generation);
}

window.addEventListener('hashchange', (event) => {
  // The skip link jumps to the content; the page's state stays in the address.
  if (location.hash === '#main') return history.replaceState(null, '', event.oldURL);
  if (!me) return;
  complain('');
  route();
  window.scrollTo(0, 0);
  $('main').focus();
});

window.addEventListener('popstate', () => {
  if (!me) return;
  complain('');
  route();
});
`;

/** The authoring page's one script, built like the others: one strict-mode scope, nothing global. */
export const AUTHORING_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  AUTHORING_DIFF_JS,
  AUTHORING_WORDS_JS,
  AUTHORING_PARTS_JS,
  AUTHORING_PREVIEW_JS,
  AUTHORING_DIFF_VIEW_JS,
  AUTHORING_LIST_JS,
  AUTHORING_CARD_JS,
  AUTHORING_PLAN_JS,
  SESSION_JS,
  AUTHORING_APP_JS,
  'begin(() => {',
  '  route();',
  '  return null;',
  '});',
  '})();',
  '',
].join('\n');
