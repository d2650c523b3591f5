export * from './coordinator-web.module';
