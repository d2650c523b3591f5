/** The web pages' session cookie: its value names a server-side session holding the person's access token. */
export const SESSION_COOKIE = 'vigil_session';

/** Where the sign-in flow keeps sessions; the API guard asks it for a session's access token. */
export const WEB_SESSIONS = Symbol('WEB_SESSIONS');

export interface WebSessions {
  /** The session's current access token (refreshed if it can be), or null when there is no such live session. */
  accessTokenFor(sessionId: string): Promise<string | null>;
}
