export * from './web-sign-in.module';
export * from './web-sign-in.migration';
export * from './route-policies';
export * from './sign-in-settings';
export * from './session-store';
export * from './words';
export * from './demo-provider/demo-provider';
export * from './demo-provider/demo-accounts';
