import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../policies/catalogue.js';
import { rules, ruleList } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('rule registry', () => {
  it('registers every *.rule.ts file under its own id, and each has a colocated test', () => {
    const files = readdirSync(HERE);
    const ids = files.filter((f) => f.endsWith('.rule.ts')).map((f) => f.replace(/\.rule\.ts$/, '')).sort();
    expect(Object.keys(rules).sort()).toEqual(ids);
    for (const [key, rule] of Object.entries(rules)) expect(rule.id).toBe(key);
    for (const id of ids) expect(files).toContain(`${id}.rule.test.ts`);
  });
  it('gives every rule metadata and at least one known citation', () => {
    for (const r of ruleList) {
      expect(r.cites.length, r.id).toBeGreaterThan(0);
      for (const c of r.cites) expect(catalogue.has(c), `${r.id} cites ${c}`).toBe(true);
      expect(r.title && r.failureTitle && r.description, r.id).toBeTruthy();
    }
  });
});
