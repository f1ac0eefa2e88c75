/**
 * The storage instrument: which localStorage, sessionStorage and IndexedDB keys a site wrote, and by which
 * script. Writes through `setItem`, `indexedDB.open` and object-store `put`/`add` are seen by the js-api hooks
 * (with the caller); at collect every frame's Web Storage is also listed, so keys written by plain property
 * assignment (`localStorage.uid = ...`), which no hook can see, are still recorded, without a caller. Only key
 * names and value lengths are kept, never values.
 */
import type { Frame } from 'playwright-core';
import type { StorageRecord } from '../model/index.js';
import type { Instrument, InstrumentContext } from './types.js';
import { decoyRedactor } from './js-api/aggregate.js';

/** Keys and value lengths in a frame's Web Storage; values never leave the page. */
async function snapshot(frame: Frame): Promise<{ origin: string; local: [string, number][]; session: [string, number][] } | null> {
  return frame
    .evaluate(() => {
      const list = (s: Storage | undefined): [string, number][] => {
        const out: [string, number][] = [];
        if (!s) return out;
        for (let i = 0; i < Math.min(s.length, 500); i++) {
          const k = s.key(i);
          if (k !== null) out.push([k, (s.getItem(k) ?? '').length]);
        }
        return out;
      };
      const get = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
        try {
          return window[name];
        } catch {
          return undefined; // opaque origins and blocked storage throw
        }
      };
      return { origin: location.origin, local: list(get('localStorage')), session: list(get('sessionStorage')) };
    })
    .catch(() => null);
}

/** Build the storage instrument. It reads the js-api hooks' findings, so it works best with js-api enabled. */
export function createStorageInstrument(): Instrument {
  return {
    name: 'storage',
    async start(): Promise<void> {
      // Nothing to install: the js-api hooks see writes as they happen.
    },
    async collect(ctx: InstrumentContext, out): Promise<void> {
      const flush = ctx.shared.get('js-api:flush') as (() => Promise<void>) | undefined;
      if (flush) await flush();
      const hooked = (ctx.shared.get('js-api:storageWrites') as (StorageRecord & { t?: number })[] | undefined) ?? [];
      const records: StorageRecord[] = [];
      const redact = decoyRedactor(ctx.decoys);
      const seen = new Set<string>();
      for (const { t: _t, ...r } of hooked) {
        const k = `${r.kind}|${r.origin}|${r.key}`;
        if (seen.has(k)) continue;
        seen.add(k);
        records.push(r);
      }
      if (!ctx.page.isClosed()) {
        const snaps = await Promise.all(ctx.page.frames().map(snapshot));
        for (const snap of snaps) {
          if (!snap || snap.origin === 'null') continue;
          for (const [kind, list] of [['localStorage', snap.local], ['sessionStorage', snap.session]] as const) {
            for (const [rawKey, valueLength] of list) {
              const key = redact(rawKey);
              const k = `${kind}|${snap.origin}|${key}`;
              const known = records.find((r) => `${r.kind}|${r.origin}|${r.key}` === k);
              if (known) {
                known.valueLength = valueLength; // the final length, after later writes
                continue;
              }
              if (seen.has(k)) continue;
              seen.add(k);
              records.push({ kind, origin: snap.origin, key, valueLength });
            }
          }
        }
      }
      out.storage.push(...records);
    },
  };
}

/** The default instance. */
export const storageInstrument: Instrument = createStorageInstrument();
