/**
 * COUNTER robot detection: one case-insensitive regular expression built from the bundled COUNTER robots
 * list, with a bounded cache of verdicts per user-agent string (logs repeat a few hundred user agents
 * millions of times, so the big expression runs rarely).
 */
import { COUNTER_ROBOT_PATTERNS } from './data/counter-robots.js';

const MAX_CACHE = 20_000;

/** A robot test over user-agent strings; `''` (no user agent in the format) is never a robot. */
export function createRobotMatcher(patterns: readonly string[] = COUNTER_ROBOT_PATTERNS): (ua: string) => boolean {
  const re = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
  const cache = new Map<string, boolean>();
  let lastUa = '';
  let lastV = false;
  return (ua) => {
    if (ua === '') return false;
    // consecutive lines often come from the same browser: a string compare is cheaper than hashing it
    if (ua === lastUa) return lastV;
    let v = cache.get(ua);
    if (v === undefined) {
      // Logs write an absent header as "-"; COUNTER treats a missing user agent as a robot (`^.?$`).
      v = re.test(ua);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(ua, v);
    }
    lastUa = ua;
    lastV = v;
    return v;
  };
}
