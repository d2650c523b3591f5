import { ACTIVATION_ACTIONS_JS } from './activation-actions.script';
import { ACTIVATION_EVALUATION_JS } from './activation-evaluation.script';
import { ACTIVATION_ROLES_JS } from './activation-roles.script';
import { ACTIVATION_TIMELINE_JS } from './activation-timeline.script';
import { ACTIVATION_VIEW_JS } from './activation-view.script';
import { BASICS_JS } from './basics.script';
import { CARD_PROGRESS_JS } from './card-progress.script';
import { CRISIS_ACTIVATE_JS } from './crisis-activate.script';
import { CRISIS_APP_JS } from './crisis-app.script';
import { CRISIS_BOARD_VIEW_JS } from './crisis-board-view.script';
import { CRISIS_LOG_JS } from './crisis-log.script';
import { CRISIS_WORDS_JS } from './crisis-words.script';
import { LIVE_FEED_JS } from './live-feed.script';
import { LOG_FORM_FIELDS_JS } from './log-form-fields.script';
import { SESSION_JS } from './session.script';

/** The crisis page's one script, built like the coordinator's: one strict-mode scope, nothing global. */
export const CRISIS_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  LIVE_FEED_JS,
  CRISIS_WORDS_JS,
  LOG_FORM_FIELDS_JS,
  CRISIS_ACTIVATE_JS,
  CRISIS_BOARD_VIEW_JS,
  CRISIS_LOG_JS,
  ACTIVATION_ACTIONS_JS,
  ACTIVATION_ROLES_JS,
  ACTIVATION_EVALUATION_JS,
  CARD_PROGRESS_JS,
  ACTIVATION_TIMELINE_JS,
  ACTIVATION_VIEW_JS,
  SESSION_JS,
  CRISIS_APP_JS,
  '})();',
  '',
].join('\n');
