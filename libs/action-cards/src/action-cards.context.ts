import { ACTION_CARD_PERSONAL_DATA } from './domain/action-card.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { ACTION_CARD_PROJECTIONS } from './action-card-projections';
import { actionCardProblems } from './action-card-problems';
import { ActionCardsCommandsModule } from './action-cards-commands.module';
import { ActionCardsHttpModule } from './action-cards-http.module';
import { ActionCardsWorkerModule } from './action-cards-worker.module';
import { ACTIVATION_START_REACTION } from './crisis-activation-start/activation-start.reaction';
import { ActionCardActivationTitleOptional1763860000022 } from './crisis-activation-start/activation-title-optional.migration';
import { ActionCardCrisisActivationRuns1763860000021 } from './crisis-activation-start/crisis-activation-runs.migration';
import { INCIDENT_START_REACTION } from './incident-start-policy/incident-start.reaction';
import { ActionCardReadModels1763860000020 } from './read-models/action-card-read-models.migration';
import { seedActionCardDemoRuns } from './starter-library/demo-runs';
import { loadStarterLibrary } from './starter-library/load-starter-library';

/** Action cards, as the apps plug them in. */
export const ACTION_CARDS_CONTEXT: VigilContext = {
  name: 'action-cards',
  personalData: ACTION_CARD_PERSONAL_DATA,
  http: ActionCardsHttpModule,
  commands: ActionCardsCommandsModule,
  workers: [ActionCardsWorkerModule.forRoot()],
  projections: ACTION_CARD_PROJECTIONS,
  migrations: [ActionCardReadModels1763860000020, ActionCardCrisisActivationRuns1763860000021, ActionCardActivationTitleOptional1763860000022],
  // Runs start from the incident register's and crisis readiness's contracts, never their domain events.
  reactions: [INCIDENT_START_REACTION, ACTIVATION_START_REACTION],
  problems: [actionCardProblems],
  // After the demo year, so the start policy covers only incidents recorded from now on.
  reference: async ({ databaseUrl, log }) => void (await loadStarterLibrary(databaseUrl, log)),
  gauges: [
    {
      name: 'vigil_action_card_deadlines',
      help: 'Open steps of open action-card runs, by deadline state (past-deadline: passed but not yet marked overdue by the worker)',
      labels: ['state'],
      sql: `SELECT CASE WHEN escalated THEN 'escalated' WHEN overdue THEN 'overdue' WHEN due_at <= now() THEN 'past-deadline' ELSE 'due' END AS state,
                   count(*) AS value
              FROM action_card_step_deadline WHERE open AND run_open GROUP BY 1`,
    },
  ],
  demo: async ({ databaseUrl, log, openStore }) => {
    if ((await seedActionCardDemoRuns(databaseUrl, new Date(), openStore)) > 0) log('Started demo action-card runs (see /action-card-board).');
  },
};
