/**
 * Saving and loading Observations: `--collect-only DIR` writes `DIR/observations.json` (screenshots beside it),
 * `--audit-only DIR` reads it back. Loading validates the shape a rule relies on and the format version, so
 * an old or hand-edited file fails with a clear message instead of a crash deep inside a rule.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FiduciaryError, OBSERVATIONS_VERSION, type Observations } from '../model/index.js';

export const OBSERVATIONS_FILE = 'observations.json';

/** Write the Observations into `dir`; returns the file path. */
export function saveObservations(obs: Observations, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, OBSERVATIONS_FILE);
  writeFileSync(file, `${JSON.stringify(obs, null, 1)}\n`);
  return file;
}

/** Read and validate Observations from a directory (or the file itself). */
export function loadObservations(dirOrFile: string): Observations {
  const file = existsSync(dirOrFile) && statSync(dirOrFile).isDirectory() ? join(dirOrFile, OBSERVATIONS_FILE) : dirOrFile;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ? 'FID_FILE_UNREADABLE' : 'FID_OBSERVATIONS_INVALID';
    throw new FiduciaryError(code, `Cannot read observations from ${file}: ${(err as Error).message}`, { cause: err });
  }
  const problems = validateObservations(data);
  if (problems.length) {
    throw new FiduciaryError('FID_OBSERVATIONS_INVALID', `${file} is not a valid observations file: ${problems.slice(0, 5).join('; ')}`);
  }
  return data as Observations;
}

/** List what is wrong with `data` as Observations (empty when valid). Checks structure, not every field. */
export function validateObservations(data: unknown): string[] {
  const p: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(data)) return ['not a JSON object'];
  if (data.version !== OBSERVATIONS_VERSION) p.push(`version ${JSON.stringify(data.version)} is not ${OBSERVATIONS_VERSION}`);
  if (typeof data.target !== 'string') p.push('target is missing');
  for (const k of ['decoys', 'visits', 'errors']) if (!Array.isArray(data[k])) p.push(`${k} must be a list`);
  const visits = Array.isArray(data.visits) ? data.visits : [];
  visits.forEach((v: unknown, i) => {
    if (!isObj(v)) return p.push(`visits[${i}] is not an object`);
    if (v.cookieRegime !== 'default' && v.cookieRegime !== 'permissive') p.push(`visits[${i}].cookieRegime is invalid`);
    if (!Array.isArray(v.pages)) return p.push(`visits[${i}].pages must be a list`);
    v.pages.forEach((pg: unknown, j) => {
      if (!isObj(pg)) return p.push(`visits[${i}].pages[${j}] is not an object`);
      if (typeof pg.url !== 'string') p.push(`visits[${i}].pages[${j}].url is missing`);
      for (const k of ['requests', 'webSockets', 'cookies', 'storage', 'apiCalls', 'scripts', 'errors']) {
        if (!Array.isArray(pg[k])) p.push(`visits[${i}].pages[${j}].${k} must be a list`);
      }
      return undefined;
    });
    return undefined;
  });
  return p;
}
