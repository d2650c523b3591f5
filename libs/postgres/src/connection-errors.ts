/** Socket failures: nothing answers at the database's address, or the connection broke. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is away or on its way down or up: class 08 (connection exception), 57P01
 * (terminated by a fast shutdown), 57P02 (crash shutdown), 57P03 (starting up or shutting down), 53300 (no
 * connection slot free).
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/**
 * What node-postgres (and pg-pool) say when a connection is lost or cannot be made in time, and what TypeORM
 * says when a transaction goes on after its connection failed (it releases the runner on the error).
 */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Connection refused|query runner was already released/i;

/**
 * True when the error says the database cannot be reached just now (down, restarting, the connection
 * lost), not that the statement was wrong: the same request may succeed once the database is back.
 * Looks through TypeORM's `driverError`, `cause` and an AggregateError's `errors` (Node tries each address).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  if (isConnectionError(driverError, depth + 1) || isConnectionError(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isConnectionError(inner, depth + 1));
}
