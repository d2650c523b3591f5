export * from './command-request';
export * from './command-answer';
export * from './domain-problems';
export * from './params';
export * from './change-command.dto';
export * from './page-query.dto';
export * from './omittable';
export * from './live-connections';
