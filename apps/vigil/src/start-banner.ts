/** Where the swagger UI opens one operation, expanded (its tag, then its operationId). */
export const INCIDENT_LIST_DOCS = '/api/docs#/incidents/IncidentQueriesController_list';

/**
 * What `npm start` prints once it answers: every link opens in a browser as it stands (the API itself wants an
 * X-Vigil-Actor header, which a link cannot send, so the incident list points at its operation in the API docs).
 */
export function startBanner(base: string, database: { embedded: boolean; dataDir: string }): string {
  return [
    '',
    `Vigil is running on ${database.embedded ? `an embedded PostgreSQL (data in ${database.dataDir}/postgres)` : 'DATABASE_URL'}.`,
    `  Start here:     ${base}/   (the pages, the API docs, and how to say who you are)`,
    `  Coordinator:    ${base}/coordinator   (action-card board; give a staff reference such as ST-DEMO01)`,
    `  Crisis board:   ${base}/crisis`,
    `  Incident list:  ${base}${INCIDENT_LIST_DOCS}   (Authorize as ST-DEMO01, then Try it out)`,
    `  API docs:       ${base}/api/docs`,
    `  Health:         ${base}/health`,
    'Stop with Ctrl+C.',
  ].join('\n');
}
