/**
 * Config flows one way: defaults ← config file ← CLI flags ← environment (`FIDUCIARY_CHROMIUM`), merged here
 * into one frozen, validated object. Nothing else reads the environment or hard-codes a tunable number.
 */
import { readFileSync } from 'node:fs';
import { defaults } from './defaults.js';
import { FiduciaryError, type CookieRegime } from '../model/index.js';

type Widen<T> = T extends readonly (infer U)[] ? readonly Widen<U>[] : T extends string ? string : T extends number ? number : T extends boolean ? boolean : T extends object ? { -readonly [K in keyof T]: Widen<T[K]> } : T;

export interface ScanConfig extends Omit<Widen<typeof defaults.scan>, 'cookieRegimes'> {
  cookieRegimes: readonly CookieRegime[];
}
export interface ResolvedConfig {
  scan: Readonly<ScanConfig>;
  audit: Readonly<{ failOn: typeof defaults.audit.failOn }>;
  report: Readonly<{ formats: readonly string[]; outDir: string }>;
}
export interface UserConfig {
  scan?: Partial<ScanConfig>;
  audit?: Partial<ResolvedConfig['audit']>;
  report?: Partial<ResolvedConfig['report']>;
}

const POSITIVE = ['pages', 'pageTimeoutMs', 'pageMaxBytes', 'totalTimeoutMs', 'concurrency', 'maxBodyBytes', 'settleMs'] as const;

/** Read a JSON config file (`{ "scan": {...}, "audit": {...}, "report": {...} }`). */
export function loadConfigFile(path: string): UserConfig {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as UserConfig;
  } catch (err) {
    throw new FiduciaryError('FID_CONFIG_INVALID', `Cannot read config file ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Merge user config over the defaults, validate, and freeze. Later layers win. */
export function resolveConfig(...layers: (UserConfig | undefined)[]): ResolvedConfig {
  const scan: ScanConfig = { ...defaults.scan, cookieRegimes: [...defaults.scan.cookieRegimes] };
  const audit = { ...defaults.audit } as { failOn: typeof defaults.audit.failOn };
  const report = { formats: [...defaults.report.formats] as string[], outDir: defaults.report.outDir as string };
  for (const l of layers) {
    if (!l) continue;
    for (const [k, v] of Object.entries(l.scan ?? {})) if (v !== undefined) (scan as unknown as Record<string, unknown>)[k] = v;
    for (const [k, v] of Object.entries(l.audit ?? {})) if (v !== undefined) (audit as Record<string, unknown>)[k] = v;
    for (const [k, v] of Object.entries(l.report ?? {})) if (v !== undefined) (report as Record<string, unknown>)[k] = v;
  }
  const env = process.env.FIDUCIARY_CHROMIUM;
  if (env) scan.chromiumPath = env;
  for (const k of POSITIVE) {
    const v = scan[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < (k === 'pages' || k === 'settleMs' ? 0 : 1)) {
      throw new FiduciaryError('FID_CONFIG_INVALID', `scan.${k} must be a ${k === 'pages' ? 'non-negative' : 'positive'} number (got ${JSON.stringify(v)}).`);
    }
  }
  if (!scan.cookieRegimes.length || scan.cookieRegimes.some((r) => r !== 'default' && r !== 'permissive')) {
    throw new FiduciaryError('FID_CONFIG_INVALID', 'scan.cookieRegimes must list "default" and/or "permissive".');
  }
  const sev = ['critical', 'high', 'medium', 'low', 'info'];
  if (audit.failOn !== undefined && !sev.includes(audit.failOn)) {
    throw new FiduciaryError('FID_CONFIG_INVALID', `audit.failOn must be one of ${sev.join(', ')}.`);
  }
  return Object.freeze({ scan: Object.freeze(scan), audit: Object.freeze(audit), report: Object.freeze(report) });
}
