/**
 * The three-visit consent comparison: for the same site, three fresh browser profiles — one that leaves the
 * consent banner alone, one that rejects all, one that accepts all — each visiting the landing page and then
 * a few more pages of the site in order, so that what happens after the patron's choice is recorded too. The
 * visits use the ordinary instruments with the consent instrument first (it acts on the banner before the
 * patron does anything else). The result is merged into the scan's Observations as the visits
 * `consent-no-action`, `consent-reject` and `consent-accept`; the consent rules and the comparison section
 * (consent-compare.ts) read them from there.
 */
import { randomBytes } from 'node:crypto';
import type { CookieRegime, Decoy, Observations, PageObservation, ReportSection, Visit } from '../model/index.js';
import { toFiduciaryError } from '../model/index.js';
import { defaults } from '../config/defaults.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { makeDecoys, redactDecoys, redactString } from '../instruments/decoys.js';
import { launchSession } from '../instruments/driver/launch.js';
import { visitPage } from '../instruments/driver/visit.js';
import { createInstruments } from '../instruments/index.js';
import { createConsentInstrument } from '../instruments/consent.instrument.js';
import type { DecoyRuntime } from '../instruments/types.js';
import { isThirdParty, viewsOf } from '../derived/index.js';
import { isTracking } from '../rules/consent-helpers.js';
import { compareConsentVisits, consentSection, type ChoiceMode, type Classify, type PartyInfo } from './consent-compare.js';
import { planPages, type CandidateLink } from './crawl.js';

export interface ConsentVisitsOptions {
  target: string;
  config?: ResolvedConfig;
  /** Pages after the landing page in each consent visit. */
  pages?: number;
  /** Cookie regime of the consent visits' profiles. */
  cookieRegime?: CookieRegime;
  modes?: readonly ChoiceMode[];
  /** Test harness and demo only. */
  ignoreCertificateErrors?: boolean;
  hostResolverRules?: string;
  onProgress?: (message: string) => void;
}

/** What the consent visits add to a scan: their visits, the decoys they typed, and run-level errors. */
export interface ConsentVisits {
  visits: Visit[];
  decoys: Decoy[];
  errors: Observations['errors'];
}

/**
 * Run the consent visits. Each visit has its own fresh profile; within a visit, pages are visited one
 * after another so that every page after the choice really comes after it. Decoy ids are prefixed with
 * `consent-` so they never clash with the main scan's decoys when the two are merged.
 */
export async function collectConsentVisits(options: ConsentVisitsOptions): Promise<ConsentVisits> {
  const config = options.config ?? resolveConfig();
  const s = config.scan;
  const salt = randomBytes(16).toString('hex');
  const made = makeDecoys(salt);
  const runtime: DecoyRuntime[] = made.runtime.map((d) => ({ ...d, id: `consent-${d.id}` }));
  const records: Decoy[] = made.records.map((d) => ({ ...d, id: `consent-${d.id}` }));
  const extra = options.pages ?? defaults.consent.pages;
  const regime = options.cookieRegime ?? defaults.consent.cookieRegime;
  const settings = { maxBodyBytes: s.maxBodyBytes, settleMs: s.settleMs, pageTimeoutMs: s.pageTimeoutMs, pageMaxBytes: s.pageMaxBytes };
  const out: ConsentVisits = { visits: [], decoys: records, errors: [] };

  const runVisit = async (mode: ChoiceMode): Promise<Visit | undefined> => {
    let session;
    try {
      session = await launchSession({ executablePath: s.chromiumPath, regime, ignoreCertificateErrors: options.ignoreCertificateErrors, hostResolverRules: options.hostResolverRules });
    } catch (err) {
      const e = toFiduciaryError(err, 'FID_BROWSER_LAUNCH');
      out.errors.push({ code: e.code, message: e.message, where: `consent-${mode}` });
      return undefined;
    }
    try {
      const visitOne = async (url: string, id: string, role: PageObservation['role']) => {
        options.onProgress?.(`consent ${mode}: ${redactString(url, runtime)}`);
        const instruments = [
          createConsentInstrument({ mode, detectTimeoutMs: defaults.consent.detectTimeoutMs }),
          ...createInstruments({ consentMode: mode, interact: true }).filter((i) => i.name !== 'screenshot' && i.name !== 'consent'),
        ];
        return visitPage(session.context, { id, role, url, instruments, decoys: runtime, salt, settings });
      };
      const landing = await visitOne(options.target, 'p0', 'landing');
      const pages = [landing.page];
      const links = (landing.shared.get('dom:links') as CandidateLink[] | undefined) ?? [];
      const results = landing.shared.get('interaction:resultsUrl') as string | undefined;
      for (const [i, p] of planPages(landing.page.finalUrl, links, extra, results).entries()) {
        pages.push((await visitOne(p.url, `p${i + 1}`, p.role)).page);
      }
      return { id: `consent-${mode}`, cookieRegime: regime, consentMode: mode, pages };
    } finally {
      await session.close();
    }
  };

  // The visits are independent (one profile each), so they run side by side within the scan's concurrency.
  const modes = [...(options.modes ?? (['no-action', 'reject', 'accept'] as const))];
  const visits: (Visit | undefined)[] = new Array(modes.length);
  let next = 0;
  const worker = async () => {
    while (next < modes.length) {
      const i = next++;
      visits[i] = await runVisit(modes[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(s.concurrency, modes.length)) }, worker));
  out.visits = visits.filter((v): v is Visit => v !== undefined);
  out.visits = redactDecoys(out.visits, runtime);
  return out;
}

/** Add the consent visits to a scan's Observations (a new object; the input is not changed). */
export function mergeConsentVisits(obs: Observations, consent: ConsentVisits): Observations {
  return {
    ...obs,
    decoys: [...obs.decoys, ...consent.decoys.filter((d) => !obs.decoys.some((x) => x.id === d.id))],
    visits: [...obs.visits.filter((v) => v.consentMode === 'none'), ...consent.visits],
    errors: [...obs.errors, ...consent.errors],
    finishedAt: new Date().toISOString(),
  };
}

/**
 * The classification the comparison uses, from the shared derived views: first or third party relative to
 * the audited site, and the tracker (entity and category) when the party follows people.
 */
export function consentClassifier(obs: Observations): Classify {
  const views = viewsOf(obs);
  return (url) => {
    const party = views.party(url);
    const info: PartyInfo = { thirdParty: isThirdParty(url, obs.target), site: party.site };
    if (isTracking(party)) info.tracker = { name: party.entity.name, ...(party.entity.category ? { category: party.entity.category } : {}) };
    return info;
  };
}

/** The consent comparison section of a scan, or undefined when the scan ran no consent visits. */
export function consentSectionOf(obs: Observations): ReportSection | undefined {
  const c = compareConsentVisits(obs, consentClassifier(obs));
  return c ? consentSection(c) : undefined;
}
