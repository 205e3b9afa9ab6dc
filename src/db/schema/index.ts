export * from './auth';
export * from './organisations';
export * from './platform';
export * from './assessments';
