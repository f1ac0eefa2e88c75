/**
 * Every default in one place. User config (file, then CLI flags) is merged over these by
 * `resolve-config.ts` into a frozen resolved config; no other file hard-codes a tunable number.
 * Each area owns one section; keep names stable, since config files refer to them.
 */

export const defaults = {
  scan: {
    /** Debian's Chromium; overridable by config and the FIDUCIARY_CHROMIUM environment variable. */
    chromiumPath: '/usr/bin/chromium',
    /** Same-site pages to visit beyond the landing page. */
    pages: 4,
    /** Per-page budgets: a hostile page ends with a result or a clear error inside them. */
    pageTimeoutMs: 20_000,
    pageMaxBytes: 20 * 1024 * 1024,
    /** Whole-scan budget. */
    totalTimeoutMs: 300_000,
    /** Pages visited at once. */
    concurrency: 2,
    /** Bound on each stored request body / WebSocket frame. */
    maxBodyBytes: 16 * 1024,
    /** Cookie regimes to record: Chromium's default (3p cookies blocked) and a permissive browser. */
    cookieRegimes: ['default', 'permissive'] as const,
    /** Run the three-visit consent comparison when a banner is found. */
    consent: false,
    /** After the last action, wait this long for batched uploads (replay, analytics) to leave. */
    settleMs: 1_500,
    screenshots: true,
    har: false,
  },
  consent: {
    /** Pages after the landing page in each of the three consent visits (no action, reject, accept). */
    pages: 1,
    /** Cookie regime of the consent visits: permissive, so every cookie the site attempts is seen. */
    cookieRegime: 'permissive' as 'default' | 'permissive',
    /** How long, from the start of a page, to wait for the banner to be recognised and the choice made. */
    detectTimeoutMs: 8_000,
  },
  demo: {
    /** Same-site pages beyond the landing page in the demo scan. */
    pages: 4,
    formats: ['html', 'json', 'pdf'] as const,
    outDir: 'fiduciary-demo-report',
  },
  audit: {
    /** Findings at or above this severity make `scan` exit 1 (unset = never). */
    failOn: undefined as undefined | 'critical' | 'high' | 'medium' | 'low' | 'info',
  },
  report: {
    formats: ['html', 'json'] as const,
    outDir: 'fiduciary-report',
  },
  review: {
    /** Files larger than this are refused with a clear message. */
    maxFileBytes: 50 * 1024 * 1024,
  },
  logs: {
    /** Small-cell suppression threshold: cells with fewer distinct sessions are merged into "other". */
    k: 10,
    /** Raw logs older than this many days are reported by `logs audit`. */
    retentionDays: 90,
    /** Statistics period: one row per day or per month. */
    by: 'month' as 'day' | 'month',
    /** EZproxy `AuditPurge` values above this many days are reported as keeping audit logs too long. */
    auditPurgeMaxDays: 7,
    /** Lines read from the start of each file when `logs audit` looks for identifiers. */
    auditSampleLines: 5_000,
    /** Malformed lines listed individually in the output (all of them are counted). */
    malformedListLimit: 100,
  },
} as const;

export type Defaults = typeof defaults;
