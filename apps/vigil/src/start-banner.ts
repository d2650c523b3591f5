/** Where the swagger UI opens one operation, expanded (its tag, then its operationId). */
export const INCIDENT_LIST_DOCS = '/api/docs#/incidents/IncidentQueriesController_list';

/**
 * What `npm start` prints once it answers: every link opens in a browser as it stands (the API itself wants a
 * signed-in person, which a bare link is not, so the incident list points at its operation in the API docs).
 */
export function startBanner(base: string, database: { embedded: boolean; dataDir: string; demoSignIn?: boolean }): string {
  const signIn = database.demoSignIn
    ? 'Sign in at the demo sign-in provider (no passwords: pick one of nine demo accounts, one per role); VIGIL_OIDC_ISSUER names a real one.'
    : 'Sign in at the OpenID provider VIGIL_OIDC_ISSUER names.';
  return [
    '',
    `Vigil is running on ${database.embedded ? `an embedded PostgreSQL (data in ${database.dataDir}/postgres)` : 'DATABASE_URL'}.`,
    `  Start here:     ${base}/   (the pages, the API docs, and how to sign in)`,
    `  Coordinator:    ${base}/coordinator   (action-card board; sign in as the demo coordinator, Syddanmark)`,
    `  Crisis board:   ${base}/crisis`,
    `  Statistics:     ${base}/statistics   (the safety partnership's figures; sign in as the partnership)`,
    `  Learning:       ${base}/learning   (learning reviews and follow-up)`,
    `  Incident list:  ${base}${INCIDENT_LIST_DOCS}   (Authorize, sign in, then Try it out)`,
    `  API docs:       ${base}/api/docs`,
    `  Health:         ${base}/health`,
    signIn,
    'Stop with Ctrl+C.',
  ].join('\n');
}
