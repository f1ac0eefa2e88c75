/**
 * The reporter contract: a reporter turns one RunResult into the bytes of one file. Reporters see only the
 * result model (never the engine, the browser session or the config), so any producer — a site scan, a
 * contract review, a log audit — is rendered by the same code.
 */
import type { RunResult } from '../model/index.js';

/** Values a reporter may need beyond the result itself. */
export interface ReportContext {
  /** Directory the report is written to: screenshot refs in the result are relative to it. */
  outDir?: string;
  /** File name without extension, shared by every format of one run. */
  basename?: string;
  /** Chromium used by the PDF reporter (the html reporter needs none). */
  chromiumPath?: string;
}

/** One output format. */
export interface Reporter {
  /** File extension without the dot, and the CLI's `--format` name. */
  readonly extension: string;
  readonly mediaType: string;
  render(result: RunResult, ctx: ReportContext): Promise<string | Uint8Array>;
}
