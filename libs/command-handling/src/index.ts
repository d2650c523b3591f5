export * from './command-runner';
export * from './stream-command';
export * from './stream-kind';
export * from './stream-command.handler';
export * from './command-handling.module';
export * from './context-manifest';
