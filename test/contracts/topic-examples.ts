/**
 * Shared check for the colocated topic tests: every example sentence must be read with the stance it is
 * listed under (`none` = the topic must not fire). Each topic test lists positive (harmful), negated
 * (protective by negation), vague (ambiguous) and unrelated (none) examples.
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../../src/contracts/matcher.js';
import { normalizeText } from '../../src/contracts/normalize.js';
import type { TopicDef } from '../../src/contracts/types.js';

export interface Examples {
  harmful?: string[];
  protective?: string[];
  ambiguous?: string[];
  none?: string[];
  /** Read the sentences as if under this heading (the heading context of the matcher). */
  heading?: string;
}

/** One `it` per stance, asserting every sentence's reading (with the reason in the failure message). */
export function checkExamples(topic: TopicDef, ex: Examples, title = 'examples'): void {
  describe(`topic ${topic.id}: ${title}`, () => {
    for (const stance of ['harmful', 'protective', 'ambiguous', 'none'] as const) {
      const list = ex[stance] ?? [];
      if (list.length === 0) continue;
      it(`reads ${list.length} example(s) as ${stance}`, () => {
        for (const s of list) {
          const r = readSentence(normalizeText(s), topic, ex.heading ? { heading: ex.heading } : undefined);
          expect({ s, got: r ? `${r.stance} (${r.reason})` : 'none' }).toEqual({ s, got: expect.stringMatching(new RegExp(`^${stance}`)) });
        }
      });
    }
  });
}
