/** The model: types shared by every part of Fiduciary. No dependencies at all. */
export * from './observations.js';
export * from './finding.js';
export * from './errors.js';
