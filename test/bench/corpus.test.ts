/**
 * The detector benchmark's corpus generator: the same seed writes the same bytes, another seed deals the
 * behaviours differently, every site is in the site server's layout, and the labels are consistent with the
 * behaviours and the rule registry (so the benchmark's figures mean what they say). No browser here: the
 * benchmark itself (`npm run bench:detectors`) scans the sites.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, planCorpus, MIN_SITES } from '../../bench/corpus/generate.js';
import { BEHAVIOURS, SCORED_RULES, variantById } from '../../bench/corpus/behaviours.js';
import { THIRD_PARTY_HOSTS } from '../../bench/corpus/third-parties.js';
import { ruleList } from '../../src/rules/index.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fid-corpus-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Path → sha256 of every file under `dir`. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('detector benchmark corpus', () => {
  const a = tmp();
  const b = tmp();
  const labels = generateCorpus(a, 11, 26);
  generateCorpus(b, 11, 26);

  it('writes the same bytes for the same seed, and deals differently for another seed', () => {
    expect([...digest(a)]).toEqual([...digest(b)]);
    const other = planCorpus(12, 26);
    expect(other.sites.map((s) => s.behaviours.join())).not.toEqual(labels.sites.map((s) => s.behaviours.join()));
    expect(() => planCorpus(1, MIN_SITES - 1)).toThrow(/between/);
  });

  it('writes every site and third party in the site server layout, with labels.json', () => {
    const written = JSON.parse(readFileSync(join(a, 'labels.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(labels)));
    expect(labels.sites.length).toBe(26);
    for (const s of labels.sites) {
      for (const f of ['index.html', 'search/index.html', '_map.json', '_routes.mjs']) expect(existsSync(join(a, s.host, f)), `${s.host}/${f}`).toBe(true);
      const html = readFileSync(join(a, s.host, 'index.html'), 'utf8');
      expect(html).toContain(s.book.isbn);
      expect(html.includes('/privacy.html')).toBe(!s.behaviours.includes('hygiene/no-privacy-link'));
    }
    for (const h of Object.keys(THIRD_PARTY_HOSTS)) expect(existsSync(join(a, h, '_map.json')), h).toBe(true);
  });

  it('plants every planted variant and every benign control somewhere, controls only on control sites', () => {
    for (const plan of [labels, ...[1, 2, 3, 4, 5].map((seed) => planCorpus(seed, MIN_SITES))]) {
      const planted = new Set(plan.sites.flatMap((s) => s.behaviours));
      for (const b of BEHAVIOURS) for (const v of b.variants) expect(planted.has(v.id), `${v.id} (seed ${plan.seed})`).toBe(true);
    }
    const controls = labels.sites.filter((s) => s.kind === 'control');
    expect(controls.length).toBeGreaterThanOrEqual(8);
    for (const s of controls) {
      expect(s.behaviours.length).toBeGreaterThanOrEqual(2);
      for (const id of s.behaviours) expect(BEHAVIOURS.find((b) => b.variants.some((v) => v.id === id))!.kind, id).toBe('benign');
    }
    for (const s of labels.sites.filter((x) => x.kind === 'planted')) expect(s.behaviours.some((id) => variantById(id)!.behaviour.kind === 'planted'), s.host).toBe(true);
  });

  it('labels each site with expected, maybe and absent rules that partition the scored rules', () => {
    const registered = new Set(ruleList.map((r) => r.id));
    for (const r of SCORED_RULES) expect(registered.has(r), `rule ${r} is registered`).toBe(true);
    for (const s of labels.sites) {
      const all = [...s.expect, ...s.maybe, ...s.absent].sort();
      expect(all, s.host).toEqual([...SCORED_RULES].sort());
      for (const id of s.behaviours) for (const r of variantById(id)!.variant.expect) expect(s.expect, `${s.host} ${id}`).toContain(r);
      // A control never expects a surveillance finding.
      if (s.kind === 'control') expect(s.expect.filter((r) => !['third-party-content', 'third-party-fonts-cdn'].includes(r)), s.host).toEqual([]);
    }
    // Every scored rule is expected on at least two sites, so each rule's recall rests on more than one case.
    for (const r of SCORED_RULES) expect(labels.sites.filter((s) => s.expect.includes(r)).length, r).toBeGreaterThanOrEqual(2);
  });
});
