import { BenchServer } from './bench-database';
import { BenchConfig } from './bench-config';
import { Progress } from './progress';

/** What every measurement group gets from the entry point. */
export interface BenchContext {
  readonly repoRoot: string;
  readonly server: BenchServer;
  readonly config: BenchConfig;
  readonly progress: Progress;
}

/** Setup-only connections: commits need not reach the disk while filling a table. */
export const SETUP_POOL = { options: '-c synchronous_commit=off' } as const;
