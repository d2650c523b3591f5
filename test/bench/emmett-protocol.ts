import { ClosedLoopResult } from './closed-loop';

/** Messages between the bench and the Emmett child (child_process.fork IPC). */
export type ToEmmettChild =
  | { readonly kind: 'init'; readonly emmettDir: string; readonly connectionString: string }
  | { readonly kind: 'run'; readonly id: number; readonly writers: number; readonly warmupMs: number; readonly measureMs: number }
  | { readonly kind: 'close' };

export type FromEmmettChild =
  | { readonly kind: 'ready'; readonly version: string }
  | { readonly kind: 'result'; readonly id: number; readonly result: ClosedLoopResult }
  | { readonly kind: 'error'; readonly id: number | null; readonly message: string };
