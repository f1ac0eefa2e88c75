/**
 * The dom instrument: a snapshot of the page as the patron found it, taken before any action — privacy policy
 * links, forms and their fields, search boxes, iframes and their origins, images (cover-image requests
 * carrying ISBNs), what the patron is reading (ISBNs, titles), globals that scripts added to `window`, the
 * meta referrer policy and mixed-content references. It also hands the crawl planner the page's links.
 */
import type { Frame } from 'playwright-core';
import type { DomSnapshot } from '../model/index.js';
import { SHARED } from './driver/visit.js';
import type { Instrument } from './types.js';

interface FrameFacts extends Omit<DomSnapshot, 'consentBanner' | 'reading'> {
  isbns: string[];
  titles: string[];
  links: { url: string; text: string }[];
}

/** Runs inside a frame; self-contained (no closures over Node values). */
function snapshotInPage(): FrameFacts {
  const abs = (u: string | null | undefined) => {
    try {
      return u ? new URL(u, location.href).href : '';
    } catch {
      return '';
    }
  };
  const cssPath = (el: Element): string => {
    if (el.id) return `#${CSS.escape(el.id)}`;
    const name = el.getAttribute('name');
    const form = el.closest('form');
    if (name) return `${form?.id ? `#${CSS.escape(form.id)} ` : ''}${el.tagName.toLowerCase()}[name="${name.replace(/"/g, '\\"')}"]`;
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
      const sib = e.parentElement ? Array.from(e.parentElement.children).filter((c) => c.tagName === e!.tagName) : [];
      parts.unshift(sib.length > 1 ? `${e.tagName.toLowerCase()}:nth-of-type(${sib.indexOf(e) + 1})` : e.tagName.toLowerCase());
    }
    return parts.join(' > ');
  };
  const labelOf = (el: Element) => {
    const id = el.id;
    const l = (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || el.closest('label');
    return (l?.textContent ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '').trim().slice(0, 80) || undefined;
  };
  const textInputs = 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=tel],input[type=password],input[type=url],textarea';
  const searchRe = /search|query|keyword|lookfor|find|catalog|^q$|term/i;
  const searchBoxes = Array.from(document.querySelectorAll(textInputs))
    .filter((el) => {
      const i = el as HTMLInputElement;
      const r = i.getBoundingClientRect();
      if (i.disabled || i.readOnly || r.width === 0 || r.height === 0) return false;
      const action = i.form ? new URL(i.form.action || location.href, location.href).pathname : '';
      const hay = [i.type, i.name, i.id, i.placeholder, i.getAttribute('aria-label'), i.getAttribute('role'), i.form?.getAttribute('role'), action, i.form?.id, i.form?.className].join(' ');
      return i.type === 'search' || !!i.closest('[role=search]') || (i.type !== 'email' && i.type !== 'password' && i.type !== 'tel' && searchRe.test(hay));
    })
    .map(cssPath);
  const forms = Array.from(document.forms).map((f) => ({
    action: f.getAttribute('action') ? abs(f.getAttribute('action')) : undefined,
    method: (f.getAttribute('method') ?? 'get').toLowerCase(),
    fields: Array.from(f.elements)
      .filter((e) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName) && (e as HTMLInputElement).type !== 'hidden' && (e as HTMLInputElement).type !== 'submit')
      .map((e) => {
        const i = e as HTMLInputElement;
        return { name: i.name || undefined, type: e.tagName === 'INPUT' ? i.type : e.tagName.toLowerCase(), autocomplete: i.getAttribute('autocomplete') ?? undefined, label: labelOf(e) };
      }),
  }));
  const links = Array.from(document.querySelectorAll('a[href]'), (a) => ({ url: abs(a.getAttribute('href')), text: (a.textContent ?? '').trim().slice(0, 80) })).filter((l) => l.url);
  const privacyPolicyLinks = [...new Set(links.filter((l) => /privacy|confidential/i.test(`${l.text} ${l.url}`)).map((l) => l.url))];
  const iframes = Array.from(document.querySelectorAll('iframe'), (f) => {
    const src = abs(f.getAttribute('src'));
    let origin: string | undefined;
    try {
      origin = src ? new URL(src).origin : undefined;
    } catch {
      origin = undefined;
    }
    return { src, ...(origin && origin !== 'null' ? { origin } : {}) };
  });
  const images = Array.from(document.images, (i) => ({ src: i.currentSrc || abs(i.getAttribute('src')) })).filter((i) => i.src && !i.src.startsWith('data:')).slice(0, 200);
  const isbnRe = /\b97[89][- ]?(?:\d[- ]?){9}\d\b|\b(?:ISBN(?:-1[03])?:?\s*)(\d[\d -]{8,}[\dXx])\b/g;
  const hay = `${document.body?.innerText ?? ''} ${images.map((i) => i.src).join(' ')} ${location.href}`;
  const isbns = [...new Set(Array.from(hay.matchAll(isbnRe), (m) => (m[1] ?? m[0]).replace(/[- ]/g, '')))].slice(0, 50);
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = document.querySelector('[itemprop=name], h1')?.textContent?.trim();
  const titles = [og, h1].filter((t): t is string => !!t).map((t) => t.slice(0, 200));
  // Globals: names on window that a blank frame's window does not have.
  const probe = document.createElement('iframe');
  probe.style.display = 'none';
  document.documentElement.appendChild(probe);
  const base = new Set(Object.getOwnPropertyNames(probe.contentWindow ?? {}));
  probe.remove();
  const globals = Object.getOwnPropertyNames(window).filter((n) => !base.has(n) && !/^\d+$/.test(n) && !/^(__fid|__playwright|__pw)/.test(n)).slice(0, 200);
  const insecure = location.protocol === 'https:'
    ? Array.from(document.querySelectorAll('script[src],img[src],iframe[src],link[href],audio[src],video[src],source[src]'), (e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '').map(abs).filter((u) => u.startsWith('http:'))
    : [];
  return {
    privacyPolicyLinks, forms, searchBoxes, iframes, images, isbns, titles, globals, links,
    metaReferrer: document.querySelector('meta[name=referrer]')?.getAttribute('content') ?? undefined,
    insecureReferences: [...new Set(insecure)],
  };
}

export const domInstrument: Instrument = {
  name: 'dom',
  async start() {},

  async collect(ctx, out) {
    if (ctx.page.isClosed() || ctx.shared.get(SHARED.isHtml) === false) return;
    const frames = ctx.page.frames();
    // Passed as source text with a `__name` shim: TypeScript loaders (tsx, vitest) wrap named inner functions
    // in a helper that does not exist inside the page.
    const source = `(() => { const __name = (f) => f; return (${snapshotInPage.toString()})(); })()`;
    const facts = await Promise.all(frames.map((f: Frame) => (f.evaluate(source) as Promise<FrameFacts>).catch(() => undefined)));
    const main = facts[0];
    if (!main) return;
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    const dom: DomSnapshot = {
      privacyPolicyLinks: main.privacyPolicyLinks,
      forms: main.forms,
      searchBoxes: main.searchBoxes,
      iframes: main.iframes,
      images: uniq(facts.flatMap((f) => f?.images.map((i) => i.src) ?? [])).map((src) => ({ src })),
      reading: { isbns: uniq(facts.flatMap((f) => f?.isbns ?? [])), titles: main.titles },
      globals: uniq(facts.flatMap((f) => f?.globals ?? [])),
      ...(main.metaReferrer ? { metaReferrer: main.metaReferrer } : {}),
      insecureReferences: uniq(facts.flatMap((f) => f?.insecureReferences ?? [])),
    };
    out.dom = dom;
    ctx.shared.set('dom:links', main.links);
    ctx.shared.set('dom:searchBoxes', main.searchBoxes);
  },
};
