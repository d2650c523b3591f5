export * from './projection';
export * from './projection-runner';
export * from './projection-rebuild';
export * from './projection-status';
export * from './checkpoint-store';
export * from './projections.migration';
export * from './nest/projection-worker.module';
export * from './next-deadline-scheduler';
