export * from './auth';
export * from './organisations';
export * from './platform';
export * from './assessments';
export * from './services';
export * from './requests';
export * from './aid';
