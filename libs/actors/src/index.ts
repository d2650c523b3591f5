export * from './staff-ref';
export * from './actor.decorator';
export * from './access-log';
export * from './reader-context';
