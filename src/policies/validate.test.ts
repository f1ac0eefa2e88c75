import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleList } from '../rules/index.js';
import { catalogue } from './catalogue.js';
import { assertCitations, checkCitations, citedIdsIn } from './validate.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield p;
  }
}

/** Every id cited in src/ (rules, clause matchers, log audits...), except the catalogue's own definitions. */
function citedInSource(): string[] {
  const ids: string[] = ruleList.flatMap((r) => [...r.cites]);
  for (const file of sources(SRC)) {
    if (file.endsWith(join('policies', 'catalogue.ts'))) continue;
    ids.push(...citedIdsIn(readFileSync(file, 'utf8')));
  }
  return ids;
}

describe('citation catalogue', () => {
  it('has every cited id in the catalogue and every catalogue id cited somewhere', () => {
    const report = checkCitations(citedInSource());
    expect(report.unknown, 'cited ids missing from the catalogue').toEqual([]);
    expect(report.unused, 'catalogue ids nothing cites').toEqual([]);
  });
  it('fails on an unknown id and on an unused one', () => {
    expect(() => assertCitations([...catalogue.keys(), 'niso-13'])).toThrow(/unknown citation ids: niso-13/);
    expect(() => assertCitations([...catalogue.keys()].slice(1))).toThrow(/cited by nothing/);
    expect(() => assertCitations(catalogue.keys())).not.toThrow();
  });
  it('covers the four ALA FRT clauses, eight BDS clauses and the twelve NISO principles', () => {
    const ids = [...catalogue.keys()];
    expect(ids.filter((i) => i.startsWith('niso-'))).toHaveLength(12);
    expect(ids.filter((i) => i.startsWith('ala-bds-'))).toHaveLength(8);
    expect(ids.filter((i) => i.startsWith('ala-frt-'))).toHaveLength(4);
  });
});
