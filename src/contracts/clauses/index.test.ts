import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../policies/catalogue.js';
import { modelClauses } from '../model-clauses/index.js';
import { topics } from './index.js';

describe('topic registry', () => {
  it('registers every topic file in the folder, and each id equals its file name', () => {
    const files = readdirSync(dirname(fileURLToPath(import.meta.url))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'vocab.ts'].includes(f));
    expect(topics.map((t) => `${t.id}.ts`).sort()).toEqual(files.sort());
  });
  it('gives every topic known citations, a model clause with questions, and a colocated test', () => {
    const files = readdirSync(dirname(fileURLToPath(import.meta.url)));
    for (const t of topics) {
      expect(t.cites.length, t.id).toBeGreaterThan(0);
      for (const c of t.cites) expect(catalogue.has(c), `${t.id} cites ${c}`).toBe(true);
      expect(modelClauses[t.id]?.questions.length, t.id).toBeGreaterThan(0);
      expect(files, t.id).toContain(`${t.id}.test.ts`);
    }
  });
});
