import { APP_JS } from './app.script';
import { BASICS_JS } from './basics.script';
import { BOARD_VIEW_JS } from './board-view.script';
import { LIVE_FEED_JS } from './live-feed.script';
import { RUN_VIEW_JS } from './run-view.script';
import { SESSION_JS } from './session.script';
import { STEP_VIEW_JS } from './step-view.script';

/** The page's one script: the parts in one strict-mode scope, so nothing leaks into the global object. */
export const COORDINATOR_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  LIVE_FEED_JS,
  BOARD_VIEW_JS,
  STEP_VIEW_JS,
  RUN_VIEW_JS,
  SESSION_JS,
  APP_JS,
  '})();',
  '',
].join('\n');
