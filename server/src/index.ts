export { createApp } from './app';
export type { AppOptions, CherhaApp } from './app';
