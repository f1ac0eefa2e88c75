/**
 * Assembles the in-page hook script from its two halves (hook-core.ts: capture, wrapping, caller, buffer;
 * hook-apis.ts: which APIs are hooked) into one self-contained function expression, used both as a page
 * init script and as the source evaluated in workers before their own code runs.
 */
import { HOOK_CORE } from './hook-core.js';
import { HOOK_APIS } from './hook-apis.js';

/**
 * Assemble the complete hook script for `addInitScript` and worker injection. `key` names the hidden drain
 * function (a `Symbol.for` key, so nothing shows up in the page's property names) and `sink` the binding
 * that receives batches.
 */
export function hookScript(cfg: { key: string; sink: string; maxKeys?: number; maxArgs?: number; argLen?: number }): string {
  const full = { maxKeys: 400, maxArgs: 20, argLen: 120, ...cfg };
  // Everything stays local to the wrapper function: only Function.prototype.toString and the drain symbol are touched.
  return `(function (cfg) {\n'use strict';\n${HOOK_CORE}\n${HOOK_APIS}\n})(${JSON.stringify(full)});`;
}
