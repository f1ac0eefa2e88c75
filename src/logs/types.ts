/**
 * Shared shapes of the log pipeline. A parser fills one reused `LogEvent` per line (no per-line object is
 * allocated on the hot path) and returns either `null` (parsed) or a short reason why the line is malformed.
 * Reasons are fixed phrases chosen by the parser, never text taken from the line, so reporting them cannot
 * leak a patron's data.
 */

/** One parsed web or proxy log line. Fields absent from the log format are empty strings. */
export interface LogEvent {
  /** The instant in milliseconds since the epoch (UTC, the line's offset applied), NaN if absent. */
  time: number;
  /** UTC day of `time`, `YYYY-MM-DD`. */
  day: string;
  /** UTC hour of `time`. */
  hour: number;
  ip: string;
  user: string;
  session: string;
  groups: string;
  userAgent: string;
  referer: string;
  vhost: string;
  method: string;
  /** Request target: absolute URL (proxy logs) or path with query. */
  url: string;
  status: number;
}

/** A line parser: fills `ev` and returns null, or returns the reason the line could not be parsed. */
export type LineParser = (line: string, ev: LogEvent) => string | null;

/** A fresh event with every field empty. */
export function emptyEvent(): LogEvent {
  return { time: NaN, day: '', hour: 0, ip: '', user: '', session: '', groups: '', userAgent: '', referer: '', vhost: '', method: '', url: '', status: 0 };
}

/** Where a malformed line was, and why: never its content. */
export interface MalformedLine {
  file: string;
  line: number;
  reason: string;
}
