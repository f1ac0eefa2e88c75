/**
 * Fiduciary's programmatic API: the same pipeline the CLI runs, for scripts and other tools.
 * Collect observations in Chromium, judge them with the rules, review contracts, minimise logs, and render
 * any RunResult with the reporters. Re-exports only; every piece lives in its own layer.
 */
export * from './model/index.js';
export { catalogue, type CatalogueEntry, type CitationId } from './policies/catalogue.js';
export { defaults } from './config/defaults.js';
export { resolveConfig, loadConfigFile } from './config/resolve-config.js';
export { collect } from './engine/collect.js';
export { audit } from './engine/audit.js';
export { saveObservations, loadObservations, validateObservations } from './engine/observations-io.js';
export { rules, ruleList } from './rules/index.js';
export { reporters, writeReports, parseFormats } from './reporters/index.js';
export { diffResults, renderDiff } from './reporters/diff.js';
export { reviewFiles } from './contracts/analyze.js';
export { crossCheck } from './contracts/crosscheck.js';
export { computeLogStats, statsToCsv } from './logs/stats.js';
export { auditLogDir } from './logs/audit.js';
export { startSiteServer } from './sites/server.js';
