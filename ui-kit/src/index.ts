export * from './live';
export * from './useLive';
// sendJson stays inside ui-kit: the apps call the server through the typed client only
export { ApiRequestError, errorMessage, newIdempotencyKey, type RequestOptions } from './api';
export * from './device';
export * from './phrases';
export * from './announcer';
export * from './voice';
export * from './voiceStatus';
export * from './i18n';
export * from './locales';
export * from './components';
export * from './hooks';
export * from './format';
export * from './deviceSession';
export * from './windowQueue';
export * from './rating';
export * from './windowFeed';
export * from './client';
