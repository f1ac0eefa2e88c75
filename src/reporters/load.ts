/**
 * Reading a RunResult back from a JSON file (for `report render` and `report diff`). The full contract is
 * the published JSON Schema; at run time a light structural check is enough to turn a wrong file into a
 * clear message instead of a crash deep inside a reporter.
 */
import { FiduciaryError, RESULT_VERSION, type RunResult } from '../model/index.js';

/** Parse and sanity-check result JSON; `where` names the file in error messages. */
export function parseRunResult(text: string, where: string): RunResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new FiduciaryError('FID_FILE_CORRUPT', `${where} is not valid JSON. Pass the .json report of a fiduciary run.`, { cause: err, where });
  }
  const r = value as Partial<RunResult> | null;
  const problems: string[] = [];
  if (!r || typeof r !== 'object') problems.push('not an object');
  else {
    if (r.version !== RESULT_VERSION) problems.push(`version is ${JSON.stringify(r.version)}, expected ${RESULT_VERSION}`);
    if (!Array.isArray(r.findings)) problems.push('findings is missing');
    else if (r.findings.some((f) => !f || typeof f.id !== 'string' || typeof f.ruleId !== 'string' || !Array.isArray(f.pages))) problems.push('a finding lacks id, ruleId or pages');
    if (!r.summary || typeof r.summary !== 'object') problems.push('summary is missing');
    if (typeof r.target !== 'string') problems.push('target is missing');
    if (!Array.isArray(r.subjects)) problems.push('subjects is missing');
  }
  if (problems.length) {
    throw new FiduciaryError('FID_FILE_CORRUPT', `${where} is not a fiduciary result (${problems.join('; ')}).`, { where });
  }
  return r as RunResult;
}
