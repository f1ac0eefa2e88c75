/**
 * Dispatches `fiduciary <command> ...` to the registry, prints help, and maps errors to exit codes.
 * Separate from bin.ts so tests can call `main(argv, io)` in-process.
 */
import { FiduciaryError } from '../model/index.js';
import { commands, type CommandModule } from './commands/index.js';
import { EXIT, type CliIO } from './io.js';

function usage(): string {
  const lines = Object.entries(commands as Record<string, { summary: string }>).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}`,
  );
  return [
    'Usage: fiduciary <command> [options]',
    '',
    'Audit a library website, its vendors, contracts and logs for patron surveillance.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `fiduciary <command> --help` for the options and examples of a command.',
    'Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage error, 3 run failed.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.stdout.write('fiduciary 0.1.0\n');
    return EXIT.ok;
  }
  const entry = (commands as Record<string, { load: () => Promise<CommandModule> }>)[name];
  if (!entry) {
    io.stderr.write(`fiduciary: unknown command "${name}".\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const mod = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(mod.help.endsWith('\n') ? mod.help : `${mod.help}\n`);
      return EXIT.ok;
    }
    return await mod.run(rest, io);
  } catch (err) {
    if (err instanceof FiduciaryError) {
      io.stderr.write(`fiduciary ${name}: ${err.message}${err.where ? ` (${err.where})` : ''} [${err.code}]\n`);
      return err.code === 'FID_USAGE' || err.code === 'FID_CONFIG_INVALID' ? EXIT.usage : EXIT.failed;
    }
    io.stderr.write(`fiduciary ${name}: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.failed;
  }
}
