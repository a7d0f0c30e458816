export * from './iso-date.js';
export * from './programme-month.js';
export * from './duration.js';
