/**
 * Sample RunResults for reporter tests: the checked-in realistic results (a site scan, a later scan of the
 * same site, a contract review, a log audit) and a hostile result whose strings try to break out of every
 * context the HTML report writes into.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../../src/model/index.js';

export const RESULTS_DIR = join(__dirname, '..', 'fixtures', 'results');
export const GOLDEN_DIR = join(__dirname, '..', 'golden', 'reports');

export const SAMPLE_NAMES = ['scan', 'scan-later', 'review', 'logs-audit'] as const;

/** A fresh copy of one checked-in sample. */
export function sample(name: (typeof SAMPLE_NAMES)[number]): RunResult {
  return JSON.parse(readFileSync(join(RESULTS_DIR, `${name}.json`), 'utf8')) as RunResult;
}

/** Marker a successful injection would set; tests assert it stays undefined. */
export const PWNED = '__fiduciaryPwned';

/** The scan sample with hostile strings in every field a page or document could control. */
export function hostile(): RunResult {
  const r = sample('scan');
  const x = `</script><script>window.${PWNED}=1</script><img src=x onerror="window.${PWNED}=2"><!--`;
  const f = r.findings[0]!;
  f.title = `Evil ${x}`;
  f.explanation = `<b>bold</b> ${x} \u2028 line separator`;
  f.remediation = `"><svg onload="window.${PWNED}=3">`;
  f.entity = { name: `Vendor ${x}`, company: `<i>Co</i>`, category: `</style><style>body{display:none}</style>` };
  f.pages = [`https://library.example.org/search?q=${x}`];
  f.evidence = [
    { kind: 'request', summary: `GET ${x}`, url: `javascript:window.${PWNED}=4` },
    { kind: 'screenshot', summary: 'remote screenshot', ref: 'https://tracker.example/shot.png' },
    { kind: 'screenshot', summary: 'protocol-relative screenshot', ref: '//tracker.example/shot2.png' },
    { kind: 'quote', summary: 'quote', quote: { text: x, location: `<u>page 1</u>` } },
  ];
  f.citations = [{ id: 'x', title: `Cite ${x}`, source: x, url: `javascript:window.${PWNED}=5` }];
  r.target = `https://library.example.org/?${x}`;
  r.sections = [{ id: 's', title: `Section ${x}`, paragraphs: [x], table: { columns: [x], rows: [[x]] } }];
  r.errors = [{ code: 'FID_X', message: x, where: x }];
  r.settings = { note: x };
  r.summary.scoreMethod = x;
  r.summary.thirdPartiesByCategory = { [x]: 3 };
  return r;
}
