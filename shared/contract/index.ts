export * from './errors.js';
export * from './events.js';
export * from './schemas.js';
export type * from './views.js';
export * from './screen-wire.js';
