/**
 * The interaction instrument acts as a patron: it types decoys into the page's text fields (moving focus away
 * afterwards, so `blur` handlers fire), types the sensitive decoy search key by key into the catalog search
 * box and submits it, scrolls, and then waits for batched uploads (session replay, analytics queues) to
 * leave before the tab closes. It advances the visit's phase so every record says whether it happened
 * before or after the patron pressed Enter, and tells the crawl planner where the search results are.
 */
import type { Page } from 'playwright-core';
import type { InteractionRecord } from '../model/index.js';
import { SHARED, withTimeout } from './driver/visit.js';
import type { DecoyRuntime, Instrument, InstrumentContext } from './types.js';

/** Delay between keystrokes: slow enough for search-as-you-type widgets to fire, fast enough for budgets. */
const KEY_DELAY_MS = 35;
const MAX_FIELDS = 6;

interface FieldInfo {
  selector: string;
  kind: DecoyRuntime['kind'];
}

/** Text fields outside the search box, with the decoy kind that fits each. */
async function otherFields(page: Page, search: string | undefined): Promise<FieldInfo[]> {
  return page
    .evaluate((searchSel) => {
      const searchEl = searchSel ? document.querySelector(searchSel) : null;
      const sel = 'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=password],textarea';
      return Array.from(document.querySelectorAll(sel))
        .filter((e) => e !== searchEl && (e as HTMLElement).offsetParent !== null && !(e as HTMLInputElement).disabled && !(e as HTMLInputElement).readOnly)
        .map((e, i) => {
          const el = e as HTMLInputElement;
          el.setAttribute('data-fid-field', String(i));
          const hay = `${el.type} ${el.name} ${el.id} ${el.autocomplete} ${el.placeholder}`.toLowerCase();
          const kind = el.type === 'password' ? 'password' : el.type === 'email' || /mail/.test(hay) ? 'email' : el.type === 'tel' || /phone|tel/.test(hay) ? 'phone' : /name/.test(hay) ? 'name' : 'text';
          return { selector: `[data-fid-field="${i}"]`, kind };
        });
    }, search)
    .catch(() => [] as FieldInfo[]) as Promise<FieldInfo[]>;
}

async function settle(ctx: InstrumentContext): Promise<void> {
  // A fixed wait first (batching SDKs flush on timers), then until the network is quiet, bounded.
  await ctx.page.waitForTimeout(ctx.settings.settleMs).catch(() => undefined);
  await withTimeout(ctx.page.waitForLoadState('networkidle').catch(() => undefined), ctx.settings.settleMs, undefined);
}

/** Create the instrument; `interact: false` leaves out the typing and submitting (scroll and settle stay). */
export function createInteractionInstrument(options: { interact?: boolean } = {}): Instrument {
  return {
    name: 'interaction',
    async start() {},

    async collect(ctx, out) {
      const rec: InteractionRecord = { searched: false, typedFields: [], scrolled: false, notes: [] };
      out.interaction = rec;
      const { page } = ctx;
      if (page.isClosed() || ctx.shared.get(SHARED.isHtml) === false) {
        rec.notes.push('No patron actions: the page did not load as a web page.');
        return;
      }
      const setPhase = (p: 'interaction' | 'after-submit') => ctx.shared.set(SHARED.phase, p);
      if (options.interact !== false) {
        const boxes = (ctx.shared.get('dom:searchBoxes') as string[] | undefined) ?? [];
        const search = boxes[0];
        const decoy = (k: DecoyRuntime['kind']) => ctx.decoys.find((d) => d.kind === k);
        setPhase('interaction');
        ctx.shared.set('interaction:typingFrom', Date.now() - ctx.pageStart);
        for (const f of (await otherFields(page, search)).slice(0, MAX_FIELDS)) {
          const d = decoy(f.kind) ?? decoy('text');
          if (!d) continue;
          try {
            const loc = page.locator(f.selector).first();
            await loc.click({ timeout: 2_000 });
            await loc.pressSequentially(d.text, { delay: 0, timeout: 5_000 });
            await loc.blur({ timeout: 1_000 });
            rec.typedFields.push({ decoyId: d.id, selector: f.selector, blurred: true });
          } catch (err) {
            rec.notes.push(`Could not type into ${f.selector}: ${(err as Error).message.split('\n')[0]}`);
          }
        }
        const sd = decoy('search');
        const role = ctx.shared.get(SHARED.role);
        if (search && sd && (role === undefined || role === 'landing')) {
          try {
            const loc = page.locator(search).first();
            await loc.click({ timeout: 2_000 });
            await loc.pressSequentially(sd.text, { delay: KEY_DELAY_MS, timeout: 10_000 });
            rec.typedFields.push({ decoyId: sd.id, selector: search, blurred: false });
            // Give search-as-you-type requests a moment to leave before Enter.
            await page.waitForTimeout(300);
            const before = page.url();
            const submittedAt = Date.now() - ctx.pageStart;
            ctx.shared.set('interaction:submittedAt', submittedAt);
            setPhase('after-submit');
            await loc.press('Enter', { timeout: 2_000 });
            rec.searched = true;
            rec.searchSubmittedAt = submittedAt;
            await withTimeout(page.waitForURL((u) => u.href !== before, { timeout: 5_000 }).catch(() => undefined), 5_000, undefined);
            await withTimeout(page.waitForLoadState('load').catch(() => undefined), 5_000, undefined);
            if (page.url() !== before) ctx.shared.set('interaction:resultsUrl', page.url());
            else rec.notes.push('Submitting the search did not navigate; results may have loaded in place.');
          } catch (err) {
            rec.notes.push(`Search failed: ${(err as Error).message.split('\n')[0]}`);
          }
        } else if (!search) rec.notes.push('No search box found on this page.');
      }
      try {
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 40));
          }
        });
        rec.scrolled = true;
      } catch {
        rec.notes.push('Could not scroll the page.');
      }
      await settle(ctx);
    },
  };
}
