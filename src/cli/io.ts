/**
 * What a command may touch of the outside world: output streams and the environment. Commands get it as an
 * argument so tests can run them in-process and read what they printed.
 */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes, as documented in the README: scripts and CI gates depend on them. */
export const EXIT = { ok: 0, findings: 1, usage: 2, failed: 3 } as const;

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
