import { BASICS_JS } from './basics.script';
import { LEARNING_ACTIONS_JS } from './learning-actions.script';
import { LEARNING_FOLLOW_UP_JS } from './learning-follow-up.script';
import { LEARNING_LIST_JS } from './learning-list.script';
import { LEARNING_MOMENTS_JS } from './learning-moments.script';
import { LEARNING_PARTS_JS } from './learning-parts.script';
import { LEARNING_REVIEW_JS } from './learning-review.script';
import { LEARNING_START_JS } from './learning-start.script';
import { LEARNING_SUMMARY_JS } from './learning-summary.script';
import { LEARNING_THEMES_JS } from './learning-themes.script';
import { LEARNING_WORDS_JS } from './learning-words.script';
import { SESSION_JS } from './session.script';
import { STATISTICS_WORDS_JS } from './statistics-words.script';

/**
 * The page's state lives after # in the address (the page's own address takes no query): nothing for the overview (with
 * its filters), review=<id> for one review (the crisis page links an activation's evaluation so), effect=<id>&unit=<unit>
 * for an intervention's effect. A newer choice wins over answers still on their way.
 */
const LEARNING_APP_JS = String.raw`
let currentGeneration = 0;
/** What to announce once the address has moved on (a review started here opens at once). */
let noticeAfterMove = '';
const INTERVENTION_ID = /^[a-z0-9][a-z0-9-]{1,59}$/;
const UNIT_TEXT = /^(national|(area|institution):[a-z0-9-]{2,60})$/;

function route() {
  currentGeneration += 1;
  const generation = currentGeneration;
  const params = new URLSearchParams(location.hash.slice(1));
  const review = params.get('review');
  const effect = params.get('effect');
  document.title = w('learning.heading') + ' · Vigil';
  if (review !== null && UUID.test(review)) return showReview(review, generation);
  if (effect !== null && INTERVENTION_ID.test(effect) && UNIT_TEXT.test(params.get('unit') || '')) return showEffect(effect, params.get('unit'), generation);
  rv = null;
  if (review !== null || effect !== null) {
    complain(w('learning.badAddress'));
    history.replaceState(null, '', location.pathname);
    return showOverview(new URLSearchParams(), generation);
  }
  return showOverview(params, generation);
}

window.addEventListener('hashchange', (event) => {
  // The skip link jumps to the content; the page's state stays in the address.
  if (location.hash === '#main') return history.replaceState(null, '', event.oldURL);
  if (!me) return;
  complain('');
  say(noticeAfterMove);
  noticeAfterMove = '';
  route();
  window.scrollTo(0, 0);
  $('main').focus();
});
`;

/** The learning page's one script, built like the others: one strict-mode scope, nothing global. */
export const LEARNING_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  STATISTICS_WORDS_JS,
  LEARNING_WORDS_JS,
  LEARNING_PARTS_JS,
  LEARNING_LIST_JS,
  LEARNING_START_JS,
  LEARNING_REVIEW_JS,
  LEARNING_MOMENTS_JS,
  LEARNING_SUMMARY_JS,
  LEARNING_ACTIONS_JS,
  LEARNING_FOLLOW_UP_JS,
  LEARNING_THEMES_JS,
  SESSION_JS,
  LEARNING_APP_JS,
  'begin(() => {',
  '  route();',
  '  return null;',
  '});',
  '})();',
  '',
].join('\n');
