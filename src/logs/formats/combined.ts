/**
 * Apache and nginx access logs. nginx's default `combined` log_format writes the same fields as Apache's,
 * so both go through the LogFormat compiler of `ezproxy.ts` with Apache's named formats as candidates.
 */
import { compileLogFormat, detectLogFormat } from './ezproxy.js';
import type { LineParser } from '../types.js';

/** Apache's named formats (and nginx's default), most specific first. */
export const COMBINED_FORMATS = {
  vhost_combined: '%v:%p %h %l %u %t "%r" %>s %O "%{Referer}i" "%{User-Agent}i"',
  combined: '%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"',
  common: '%h %l %u %t "%r" %>s %b',
} as const;

/** Pick the named format that fits a sample of lines; undefined when none does. */
export function detectCombined(sample: string[]): string | undefined {
  return detectLogFormat(sample, Object.values(COMBINED_FORMATS));
}

/** A parser for one of the named formats (default `combined`). */
export function combinedParser(name: keyof typeof COMBINED_FORMATS = 'combined'): LineParser {
  return compileLogFormat(COMBINED_FORMATS[name]);
}
