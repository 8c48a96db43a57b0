export * from './domain';
export * from './tickets';
export * from './errors';
export * from './live';
export * from './responses';
export * from './schemas';
export * from './rating';
export * from './ops';
