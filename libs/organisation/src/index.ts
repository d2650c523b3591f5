export * from './areas';
export * from './institutions';
export * from './legal-bases';
export * from './jurisdictions';
export * from './catalogue';
