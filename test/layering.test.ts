/**
 * Enforces the import rules of the architecture (who may import whom), so the layers cannot rot:
 * rules never touch the browser, reporters see only the model, nothing imports the CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '..', 'src');

/** Folder → folders (under src/) and packages it may import. `*` = any package. */
const allowed: Record<string, { folders: string[]; packages: string[] | '*' }> = {
  model: { folders: [], packages: [] },
  policies: { folders: ['model'], packages: [] },
  instruments: { folders: ['model'], packages: ['playwright-core', '@duckduckgo/autoconsent'] },
  derived: { folders: ['model', 'policies'], packages: ['@ghostery/trackerdb', '@ghostery/adblocker', 'tldts'] },
  rules: { folders: ['model', 'policies', 'derived'], packages: [] },
  engine: { folders: ['model', 'policies', 'instruments', 'derived', 'rules', 'config'], packages: '*' },
  config: { folders: ['model'], packages: '*' },
  reporters: { folders: ['model'], packages: ['playwright-core'] },
  contracts: { folders: ['model', 'policies'], packages: '*' },
  logs: { folders: ['model', 'policies'], packages: '*' },
  store: { folders: ['model'], packages: '*' },
  jobs: { folders: ['model', 'store'], packages: '*' },
  server: { folders: ['model', 'policies', 'instruments', 'derived', 'rules', 'engine', 'config', 'reporters', 'contracts', 'logs', 'store', 'jobs'], packages: '*' },
  demo: { folders: ['model'], packages: '*' },
  sites: { folders: ['model'], packages: '*' },
  cli: { folders: ['*'], packages: '*' },
};

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) yield p;
  }
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]!);
  return specs;
}

function packageName(spec: string): string {
  return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
}

describe('architecture import rules', () => {
  it('every folder imports only what it may', () => {
    const violations: string[] = [];
    for (const file of walk(SRC)) {
      const rel = relative(SRC, file);
      const top = rel.split(sep)[0]!;
      if (!rel.includes(sep)) continue; // src/index.ts: the public API re-exports everything
      const rule = allowed[top];
      if (!rule) {
        violations.push(`${rel}: folder "${top}" is not in the architecture table`);
        continue;
      }
      for (const spec of importsOf(file)) {
        if (spec.startsWith('node:')) continue;
        if (spec.startsWith('.')) {
          const target = relative(SRC, resolve(dirname(file), spec)).split(sep)[0]!;
          if (target === top || rule.folders.includes('*')) continue;
          if (target === 'cli') violations.push(`${rel}: imports cli (${spec}); nothing imports cli`);
          else if (!rule.folders.includes(target)) violations.push(`${rel}: ${top} may not import ${target} (${spec})`);
        } else if (rule.packages !== '*' && !rule.packages.includes(packageName(spec))) {
          violations.push(`${rel}: ${top} may not import package ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    // A rule importing the browser must be caught: simulate with the matcher on a literal.
    const spec = "import { chromium } from 'playwright-core';";
    expect([...spec.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['playwright-core']);
    expect(allowed.rules!.packages).not.toContain('playwright-core');
  });
});
