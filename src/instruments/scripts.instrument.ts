/**
 * The scripts instrument: every script the page ran — loaded from a URL (page, frames, workers) or inlined —
 * with its size, SHA-256 and content markers, so a library is recognised by its content as well as its URL.
 * External scripts are hashed from their response bodies; inline scripts are read from each frame's DOM
 * when it loads and again at collect time.
 */
import { createHash } from 'node:crypto';
import type { Frame, Response } from 'playwright-core';
import type { ScriptRecord } from '../model/index.js';
import { findMarkers } from './script-markers.js';
import type { Instrument } from './types.js';

const KEY = 'scripts:state';
const MAX_SCRIPT_BYTES = 8 * 1024 * 1024;

interface State {
  records: ScriptRecord[];
  seen: Set<string>;
  tasks: Promise<void>[];
}

function record(st: State, url: string, inline: boolean, frameUrl: string | undefined, source: string | Buffer): void {
  const sha256 = createHash('sha256').update(source).digest('hex');
  const key = `${sha256} ${inline ? frameUrl : url}`;
  if (st.seen.has(key)) return;
  st.seen.add(key);
  const text = typeof source === 'string' ? source : source.toString('utf8');
  st.records.push({ url, inline, ...(frameUrl ? { frameUrl } : {}), size: Buffer.byteLength(source), sha256, markers: findMarkers(text) });
}

async function inlineScripts(st: State, frame: Frame): Promise<void> {
  const frameUrl = frame.url();
  if (!frameUrl || frameUrl === 'about:blank') return;
  const sources = await frame
    .evaluate(() => Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '').filter((t) => t.trim()))
    .catch(() => [] as string[]);
  sources.forEach((src, i) => record(st, `inline:${frameUrl}#${i}`, true, frameUrl, src));
}

export const scriptsInstrument: Instrument = {
  name: 'scripts',

  async start(ctx) {
    const st: State = { records: [], seen: new Set(), tasks: [] };
    ctx.shared.set(KEY, st);
    ctx.page.on('response', (res: Response) => {
      if (res.request().resourceType() !== 'script' || res.status() >= 300) return;
      let frameUrl: string | undefined;
      try {
        frameUrl = res.frame().url();
      } catch {
        frameUrl = undefined;
      }
      st.tasks.push(
        res.body().then((b) => {
          if (b.length <= MAX_SCRIPT_BYTES) record(st, res.url(), false, frameUrl, b);
        }, () => undefined),
      );
    });
    ctx.page.on('load', () => {
      for (const f of ctx.page.frames()) st.tasks.push(inlineScripts(st, f));
    });
  },

  async collect(ctx, out) {
    const st = ctx.shared.get(KEY) as State | undefined;
    if (!st) return;
    if (!ctx.page.isClosed()) for (const f of ctx.page.frames()) st.tasks.push(inlineScripts(st, f));
    await Promise.all(st.tasks);
    out.scripts.push(...st.records);
  },
};
