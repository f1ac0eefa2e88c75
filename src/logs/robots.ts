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
  // the last few user agents and verdicts: comparing a fresh string with a handful of known ones is
  // cheaper than hashing its hundred-odd characters for the Map
  const recentUa: string[] = [];
  const recentV: boolean[] = [];
  let next = 0;
  return (ua) => {
    if (ua === '') return false;
    for (let i = 0; i < recentUa.length; i++) if (recentUa[i] === ua) return recentV[i]!;
    let v = cache.get(ua);
    if (v === undefined) {
      // Logs write an absent header as "-"; COUNTER treats a missing user agent as a robot (`^.?$`).
      v = re.test(ua);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(ua, v);
    }
    const slot = recentUa.length < 8 ? recentUa.length : (next = (next + 1) & 7);
    recentUa[slot] = (' ' + ua).slice(1); // a copy: the line's chunk is not kept alive
    recentV[slot] = v;
    return v;
  };
}
