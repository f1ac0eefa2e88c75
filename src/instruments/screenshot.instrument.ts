/**
 * The screenshot instrument: one JPEG of the viewport per page as the patron first saw it (taken before the
 * patron acts), so a report can show the page a finding is about.
 */
import { join } from 'node:path';
import { SHARED, withTimeout } from './driver/visit.js';
import type { Instrument } from './types.js';

/** Create the instrument writing into `dir`. */
export function createScreenshotInstrument(dir: string): Instrument {
  return {
    name: 'screenshot',
    async start() {},
    async collect(ctx, out) {
      if (ctx.page.isClosed() || ctx.shared.get(SHARED.isHtml) === false) return;
      const path = join(dir, `${out.id}.jpg`);
      const ok = await withTimeout(ctx.page.screenshot({ path, type: 'jpeg', quality: 60, timeout: 5_000 }).then(() => true, () => false), 6_000, false);
      if (ok) out.screenshot = path;
    },
  };
}
