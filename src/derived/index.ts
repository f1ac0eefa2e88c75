/** Derived views over Observations: parties, tracker entities, initiator chains. Rules import from here. */
export * from './party.js';
export * from './trackers.js';
export * from './known-services.js';
export * from './initiator.js';
export * from './views.js';
