import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is reading in this request and under which roles and unit: what the access log records as why-scope. */
export interface ReaderContext {
  readonly staffRef: string;
  readonly roles: readonly string[];
  readonly unit: string;
  /** Set once the request has written its access-log entry, so the catch-all does not write a second. */
  recorded: boolean;
}

export const readerContext = new AsyncLocalStorage<ReaderContext>();
