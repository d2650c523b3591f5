import type { ClientBase } from 'pg';

/**
 * pg pool options for every pool Vigil opens. A connection can open and be terminated in one network read (the
 * server shutting down as it accepts): pg-pool hands the client out and then emits its error before the borrower
 * has listened, which crashes the process. The listener here makes that error what it is anyway: the borrower's
 * next query fails, and the pool drops the client when it comes back.
 */
export const POOL_GUARD = {
  onConnect: (client: ClientBase): void => {
    client.on('error', () => undefined);
  },
};
