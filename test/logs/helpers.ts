/** Shared helpers for the log tests: run the CLI in-process and collect everything it wrote. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export const FIXTURES = resolve(__dirname, '..', 'fixtures', 'logs');
export const COUNTER_FORMAT = '%h %{ezproxy-session}i %u %t "%r" %s %b "%{ezproxy-groups}i" "%{User-Agent}i"';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fid-logs-test-'));
}

/** Run `fiduciary <argv>` in-process; returns exit code, stdout, stderr. */
export async function cli(argv: string[], stdin?: Buffer | string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const io: CliIO & { stdin?: Readable } = { stdout: out, stderr: err, env: {}, cwd: process.cwd(), stdin: stdin === undefined ? undefined : Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Every file under `dir`, concatenated (for "no identifier anywhere" checks). */
export function allOutput(dir: string): string {
  let s = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    s += statSync(p).isDirectory() ? allOutput(p) : readFileSync(p, 'latin1');
  }
  return s;
}
