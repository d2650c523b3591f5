export * from './incidents.context';
export * from './incident-stream';
export * from './domain/incident.events';
export * from './domain/incident.upcasters';
export * from './integration/incident-publication';
export * from './demo/seed-demo-data';
