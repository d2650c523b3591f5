export * from './incident-statistics.handler';
export * from './statistics-feed.migration';
export * from './monthly-incidents.query';
export * from './statistics-feed-http.module';
