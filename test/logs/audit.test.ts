/**
 * `logs audit` on a fixture directory: classes and ages against the retention period, identifiers each
 * file carries, EZproxy configuration smells, citations and fixes, and no identifier in the findings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLogDir, configSmells, scanIdentifiers } from '../../src/logs/audit.js';
import { classify, dateFromName } from '../../src/logs/retention.js';
import { catalogue } from '../../src/policies/catalogue.js';
import { FIXTURES, allOutput, cli, tempDir } from './helpers.js';

const DIR = join(FIXTURES, 'audit-dir');
const NOW = Date.UTC(2024, 5, 1);
const opts = { retentionDays: 90, auditPurgeMaxDays: 7, sampleLines: 5000, now: NOW };

describe('logs audit', () => {
  it('classifies files and reports only those older than the retention period', async () => {
    const r = await auditLogDir(DIR, opts);
    expect(r.kind).toBe('logs-audit');
    expect(Object.fromEntries(r.subjects.map((s) => [s.id, s.role]))).toEqual({
      'audit/20240502.txt': 'ezproxy-audit',
      'config.txt': 'ezproxy-config',
      'ezp20230115.log': 'ezproxy-log',
      'ezp20240520.log': 'ezproxy-log',
      'loans-2023-12.csv': 'ils-export',
      'web/access.log-2024-05-25': 'web-access-log',
      'web/access.log-2024-05-30': 'web-access-log',
    });
    const retention = r.findings.filter((f) => f.ruleId === 'log-retention');
    expect(retention.map((f) => f.pages).sort()).toEqual([['ezp20230115.log'], ['loans-2023-12.csv']]);
    expect(retention.every((f) => f.severity === 'high')).toBe(true); // both carry identifiers
  });

  it('names the identifiers each kind of file carries', async () => {
    const r = await auditLogDir(DIR, opts);
    const ident = Object.fromEntries(r.findings.filter((f) => f.ruleId === 'log-identifiers').map((f) => [f.pages.join(' '), f]));
    expect(ident['ezp20230115.log ezp20240520.log']!.title).toMatch(/full IP addresses.*email addresses.*search terms in URLs.*usernames.*session identifiers/);
    expect(ident['audit/20240502.txt']!.title).toMatch(/usernames.*session identifiers/);
    expect(ident['loans-2023-12.csv']!.title).toMatch(/library barcodes/);
    expect(ident['web/access.log-2024-05-25']!.title).toMatch(/search terms/);
    // a truncated address (x.x.x.0) is not a full IP: that file carries nothing
    expect(Object.keys(ident).some((k) => k.includes('2024-05-30'))).toBe(false);
  });

  it('reports EZproxy configuration smells with the line and the fix', async () => {
    const r = await auditLogDir(DIR, opts);
    const byRule = Object.fromEntries(r.findings.filter((f) => f.pages[0] === 'config.txt').map((f) => [f.ruleId, f]));
    expect(Object.keys(byRule).sort()).toEqual(['ezproxy-audit-purge', 'ezproxy-log-user', 'ezproxy-logformat-identifiers']);
    expect(byRule['ezproxy-log-user']!.evidence[0]!.summary).toBe('config.txt, line 3');
    expect(byRule['ezproxy-log-user']!.remediation).toContain('Option LogUser');
    expect(byRule['ezproxy-audit-purge']!.remediation).toContain('AuditPurge');
    expect(configSmells('Audit Most\n', 7)).toEqual([expect.objectContaining({ rule: 'ezproxy-audit-purge', line: 1 })]);
    expect(configSmells('AuditPurge 7\nAudit Most\n# Option LogUser\n', 7)).toEqual([]);
  });

  it('cites only catalogue ids and never quotes identifiers', async () => {
    const r = await auditLogDir(DIR, opts);
    for (const f of r.findings) {
      expect(f.citations.length).toBeGreaterThan(0);
      for (const c of f.citations) expect(catalogue.has(c.id)).toBe(true);
      expect(f.remediation.length).toBeGreaterThan(20);
    }
    const text = JSON.stringify(r);
    for (const id of ['192.0.2.10', 'jdoe42', 'SESS1ABCDEF', 'msmith', '21000000000001', 'jane%40example.org', 'cancer+treatment', 'tax+help']) expect(text).not.toContain(id);
  });

  it('runs from the CLI, writes the shared reports, and --fail-on gates the exit code', async () => {
    const out = tempDir();
    const r = await cli(['logs', 'audit', DIR, '--out', out, '--fail-on', 'high']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Option LogUser');
    const written = allOutput(out) + r.stdout + r.stderr;
    for (const id of ['192.0.2.10', 'jdoe42', 'SESS1ABCDEF', '21000000000001']) expect(written).not.toContain(id);
  });

  it('a missing directory is a clear error', async () => {
    const r = await cli(['logs', 'audit', join(tempDir(), 'missing')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('FID_FILE_UNREADABLE');
  });

  it('helpers: dates in names, classes, sampling limit', async () => {
    expect(dateFromName('ezp20230115.log')).toBe(Date.UTC(2023, 0, 15));
    expect(dateFromName('access.log-2024-05-25')).toBe(Date.UTC(2024, 4, 25));
    expect(dateFromName('loans-2023-12.csv')).toBe(Date.UTC(2023, 11, 1));
    expect(dateFromName('access.log')).toBeUndefined();
    expect(classify('x/config.txt', '')).toBe('ezproxy-config');
    expect(classify('notes.md', 'hello')).toBeUndefined();
    const { carried, lines } = await scanIdentifiers({ abs: join(FIXTURES, 'ezproxy-counter.log'), class: 'ezproxy-log' }, 3);
    expect(lines).toBe(3);
    expect(carried.get('username')!.count).toBe(3);
    expect(carried.get('phone')).toBeUndefined(); // the phone number is on line 10, beyond the sample
  });
});
