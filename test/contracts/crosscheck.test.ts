/** Promises against behaviour: each promise the scan contradicts is one critical finding, nothing else is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewFiles } from '../../src/contracts/analyze.js';
import { crossCheck } from '../../src/contracts/crosscheck.js';
import type { RunResult } from '../../src/model/index.js';
import { CORPUS } from './evaluate.js';

const scan = JSON.parse(readFileSync(join(CORPUS, '..', 'scan-result.json'), 'utf8')) as RunResult;

describe('crossCheck', () => {
  it('flags a "no facial recognition" promise when the scan saw a face SDK, and a data-broker-free scan as no sale contradiction', async () => {
    const { result } = await reviewFiles([join(CORPUS, '28-library-app-white-label.md')], { maxFileBytes: 1e7 });
    const found = crossCheck(result, scan);
    const face = found.find((f) => f.entity?.name === 'FaceCheck Cloud');
    expect(face).toMatchObject({ ruleId: 'promise-contradicted', severity: 'critical', outcome: 'fail' });
    expect(face?.evidence[0]?.quote?.text).toBe('The app does not use facial recognition or any other biometric technology.');
    expect(found.some((f) => /data broker/.test(f.title))).toBe(false);
  });

  it('finds a data broker behind a "we never sell" promise, and nothing when the scan is clean', async () => {
    const { result } = await reviewFiles([join(CORPUS, '22-open-access-platform.md')], { maxFileBytes: 1e7 });
    const broker: RunResult = { ...scan, findings: [{ ...scan.findings[0]!, id: 'b1', ruleId: 'third-party-tracker', title: 'Data sent to a broker', entity: { name: 'BrokerCo', category: 'data-broker' } }] };
    expect(crossCheck(result, broker).map((f) => f.title)).toEqual(['Policy promises no sale of patron data, but the scan saw a data broker receiving data (BrokerCo)']);
    expect(crossCheck(result, { ...scan, findings: [] })).toEqual([]);
  });
});
