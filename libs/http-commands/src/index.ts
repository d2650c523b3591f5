export * from './command-request';
