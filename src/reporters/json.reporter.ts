/**
 * The JSON reporter: the RunResult itself, pretty-printed, as the machine-readable record of a run. Its shape
 * is published as a versioned JSON Schema (`schema/run-result.schema.json`, `version` field = schema
 * version) so other tools can consume it; the tests validate every sample result against that schema.
 */
import type { RunResult } from '../model/index.js';
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = {
  extension: 'json',
  mediaType: 'application/json',
  async render(result: RunResult): Promise<string> {
    return `${JSON.stringify(result, null, 2)}\n`;
  },
};
