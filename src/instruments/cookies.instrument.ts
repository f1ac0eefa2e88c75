/**
 * The cookies instrument: first- and third-party cookies this page caused, whether set by a response header
 * or by a script (attributed to the calling script through the js-api instrument's `document.cookie` hook),
 * with domain, path, expiry and SameSite, and the cookies Chromium refused to store (blocked third-party
 * cookies under the default regime). Names only: a value is kept as a salted hash and a length, enough to
 * follow one identifier across requests.
 */
import type { Cookie } from 'playwright-core';
import type { CallSite, CookieRecord } from '../model/index.js';
import { saltedHash } from './decoys.js';
import type { BlockedCookie } from './network.instrument.js';
import type { Instrument } from './types.js';

const KEY = 'cookies:before';

function domainMatches(cookieDomain: string, host: string): boolean {
  const d = cookieDomain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

export const cookiesInstrument: Instrument = {
  name: 'cookies',

  async start(ctx) {
    // Cookies already in the jar belong to earlier pages of this visit; only new or changed ones are this page's.
    const before = await ctx.context.cookies().catch(() => [] as Cookie[]);
    ctx.shared.set(KEY, new Set(before.map((c) => `${c.name}|${c.domain}|${c.path}|${c.value}`)));
  },

  async collect(ctx, out) {
    const before = (ctx.shared.get(KEY) as Set<string> | undefined) ?? new Set<string>();
    const jar = await ctx.context.cookies().catch(() => [] as Cookie[]);
    const writes = (ctx.shared.get('js-api:cookieWrites') as { name: string; caller?: CallSite }[] | undefined) ?? [];
    const headerSetters = out.requests.filter((r) => r.response?.setCookieNames?.length);
    for (const c of jar) {
      if (before.has(`${c.name}|${c.domain}|${c.path}|${c.value}`)) continue;
      const setter = [...headerSetters].reverse().find((r) => {
        try {
          return r.response!.setCookieNames!.includes(c.name) && domainMatches(c.domain, new URL(r.url).hostname);
        } catch {
          return false;
        }
      });
      const write = [...writes].reverse().find((w) => w.name === c.name);
      const rec: CookieRecord = {
        name: c.name,
        domain: c.domain,
        path: c.path,
        expires: c.expires,
        httpOnly: c.httpOnly,
        secure: c.secure,
        ...(c.sameSite ? { sameSite: c.sameSite } : {}),
        // No Set-Cookie header of this page named it, so a script wrote it (attributed when the hook saw the call).
        setBy: setter ? 'header' : 'script',
        ...(setter ? { setterUrl: setter.url } : write?.caller?.scriptUrl ? { setterUrl: write.caller.scriptUrl } : {}),
        valueHash: saltedHash(ctx.salt, c.value),
        valueLength: c.value.length,
      };
      out.cookies.push(rec);
    }
    const blocked = (ctx.shared.get('network:blockedCookies') as BlockedCookie[] | undefined) ?? [];
    for (const b of blocked) {
      if (b.direction !== 'set') continue;
      let host = '';
      try {
        host = new URL(b.url).hostname;
      } catch {
        /* keep empty */
      }
      const domain = b.domain ?? host;
      if (out.cookies.some((c) => c.blocked && c.name === b.name && c.domain === domain)) continue;
      out.cookies.push({
        name: b.name, domain, path: '/', expires: -1, httpOnly: false, secure: false, setBy: 'header',
        ...(b.url ? { setterUrl: b.url } : {}), valueHash: '', valueLength: 0, blocked: true,
      });
    }
  },
};
