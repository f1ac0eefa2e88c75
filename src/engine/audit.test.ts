import { describe, expect, it } from 'vitest';
import { obs, page, req, cookie } from '../../test/rules/build-obs.js';
import { defineRule } from '../rules/types.js';
import { audit, stableId, summarise } from './audit.js';

describe('audit engine', () => {
  const site = () => obs([
    page({ requests: [req('https://static.hotjar.com/c/hotjar-1.js'), req('https://fonts.googleapis.com/css2')], cookies: [cookie('_ga', '.library.example')] }),
    page({ id: 'p1', url: 'https://www.library.example/events', finalUrl: 'https://www.library.example/events', requests: [req('https://static.hotjar.com/c/hotjar-1.js')] }),
  ]);

  it('groups hits by entity across pages with a count, resolves citations and sorts by severity', () => {
    const r = audit(site());
    const replay = r.findings.find((f) => f.ruleId === 'session-replay')!;
    expect(replay.count).toBe(2);
    expect(replay.pages).toHaveLength(2);
    expect(replay.id).toBe(stableId('session-replay', 'Hotjar', 'Hotjar'));
    expect(replay.citations[0]!.url).toMatch(/^https:\/\/www\.ala\.org\//);
    expect(r.findings[0]!.severity).toBe('critical');
    expect(r.summary.bySeverity.critical).toBe(1);
    expect(r.summary.grade).toBe('D');
    expect(r.summary.thirdPartiesByCategory).toMatchObject({ hosting: 1 });
    expect(r.subjects.map((s) => s.id)).toEqual(['p0', 'p1']);
  });

  it('gives the same ids on a second run', () => {
    expect(audit(site()).findings.map((f) => f.id)).toEqual(audit(site()).findings.map((f) => f.id));
  });

  it('turns a throwing rule into an error finding and still runs the others', () => {
    const boom = defineRule({ id: 'boom', title: 'Boom', failureTitle: 'Boom', description: 'x', requires: [], cites: ['niso-3'], severity: 'high', run: () => { throw new Error('bad data'); } });
    const ok = defineRule({ id: 'ok', title: 'Ok', failureTitle: 'Ok found', description: 'x', requires: [], cites: ['niso-3'], severity: 'low',
      run: ({ views }) => views.pages.map(({ page: p, visit }) => ({ key: 'k', page: p, visit, explanation: 'e', remediation: 'r', evidence: [] })) });
    const r = audit(site(), { rules: [boom, ok] });
    expect(r.findings.find((f) => f.ruleId === 'boom')).toMatchObject({ outcome: 'error', error: { code: 'FID_RULE', message: 'bad data' } });
    expect(r.findings.find((f) => f.ruleId === 'ok')).toMatchObject({ count: 2, outcome: 'fail' });
  });

  it('scores by the stated method', () => {
    const f = (severity: 'high' | 'low') => ({ id: severity, ruleId: 'x', title: '', severity, outcome: 'fail' as const, explanation: '', evidence: [], citations: [], remediation: '', pages: [], count: 1 });
    expect(summarise([f('high'), f('low')])).toMatchObject({ score: 83, grade: 'B' });
    expect(summarise([])).toMatchObject({ score: 100, grade: 'A' });
  });
});
