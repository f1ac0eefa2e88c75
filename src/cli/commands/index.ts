/**
 * The command registry: one entry per `fiduciary <command>`, loaded lazily so `--help` and small commands
 * start fast. Each module exports `run(argv: string[], io: CliIO): Promise<number>` returning the exit code,
 * and `help: string`.
 */
import type { CliIO } from '../io.js';

export interface CommandModule {
  help: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export const commands = {
  // Each area adds its line here: name: { summary, load: () => import('./name.js') }
  scan: { summary: 'Scan a library website in Chromium as a patron and judge what it does', load: () => import('./scan.js') },
  logs: { summary: 'Statistics from patron logs that identify no one; `logs audit <dir>` for what logs keep', load: () => import('./logs.js') },
  report: { summary: 'Compare two audits (`report diff`) or render a saved result again (`report render`)', load: () => import('./report.js') },
  review: { summary: 'Read contracts and privacy policies: what the vendor may do with patron data, quoted and located', load: () => import('./review.js') },
  demo: { summary: 'Audit the bundled demo library website, served locally, and write the reports', load: () => import('./demo.js') },
} satisfies Record<string, { summary: string; load: () => Promise<CommandModule> }>;

export type CommandName = keyof typeof commands;
