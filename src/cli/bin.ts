#!/usr/bin/env node
/** The `fiduciary` executable: hands argv to `main` and exits with its code. */
import { main } from './main.js';
import { processIO } from './io.js';

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fiduciary: ${String(err)}\n`);
    process.exitCode = 3;
  },
);
