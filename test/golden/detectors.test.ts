/**
 * Golden test of the detectors: the audit of a fixed sample must equal the checked-in result. Any change in
 * findings, wording, ids, citations or score shows up as a diff to explain in the commit. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/golden/detectors.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.js';
import { goldenObservations } from './detectors-sample.observations.js';

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'detectors-sample.result.json');

describe('golden detectors result', () => {
  it('matches the checked-in sample result', () => {
    const result = JSON.parse(JSON.stringify(audit(goldenObservations())));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(FILE)) writeFileSync(FILE, JSON.stringify(result, null, 2) + '\n');
    expect(result).toEqual(JSON.parse(readFileSync(FILE, 'utf8')));
  });
});
