/**
 * The consent comparison as data: given the three consent visits of a scan (no action, reject all, accept
 * all), list every third party contacted and every cookie stored, say in which visits each appeared and
 * whether it came before or after the patron's choice, and render that as a report section. Pure: it reads
 * Observations only, with the first/third-party and tracker classification passed in, so it is tested on
 * inline data and reused by `scan --consent` and `demo` alike.
 */
import type { ConsentMode, Observations, PageObservation, ReportSection, Visit } from '../model/index.js';
import { choiceTime } from '../rules/consent-helpers.js';

export { choiceTime };

/** How a URL relates to the audited site. */
export interface PartyInfo {
  thirdParty: boolean;
  /** Registrable domain (eTLD+1), used as the row key for third parties. */
  site: string;
  /** Known tracker, from the tracker database. */
  tracker?: { name: string; category?: string };
}
export type Classify = (url: string) => PartyInfo;

export type ChoiceMode = Exclude<ConsentMode, 'none'>;
/** Seen in a visit: not at all, only before the choice, only after it, both, or seen with no choice made. */
export type Presence = 'no' | 'before' | 'after' | 'both' | 'yes';

export interface ComparisonRow {
  kind: 'third party' | 'cookie';
  /** `example.com` for third parties, `name (domain)` for cookies. */
  label: string;
  tracker?: string;
  category?: string;
  seen: Record<ChoiceMode, Presence>;
}

export interface ConsentComparison {
  /** Visit ids found per mode (absent when that visit was not run). */
  visits: Partial<Record<ChoiceMode, string>>;
  /** Consent platform recognised by a known autoconsent rule, in any visit. */
  cmp?: string;
  bannerFound: boolean;
  handled: Partial<Record<'reject' | 'accept', boolean>>;
  /** Plain-language notes from the consent instrument (e.g. nothing known could be handled). */
  notes: string[];
  rows: ComparisonRow[];
}

const MODES: ChoiceMode[] = ['no-action', 'reject', 'accept'];

/** True when `page`'s record `t` (ms since its start) is after the visit's choice. */
export function isAfterChoice(page: PageObservation, t: number, choiceAt: number | undefined): boolean {
  return choiceAt !== undefined && page.startedAt + t > choiceAt;
}

function mark(prev: Presence | undefined, now: Presence): Presence {
  if (!prev || prev === 'no' || prev === now) return now;
  return prev === 'yes' || now === 'yes' ? 'yes' : 'both';
}

/** Find the consent visits of a scan by their consent mode. */
export function consentVisits(obs: Observations): Partial<Record<ChoiceMode, Visit>> {
  const out: Partial<Record<ChoiceMode, Visit>> = {};
  for (const v of obs.visits) if (v.consentMode !== 'none') out[v.consentMode] ??= v;
  return out;
}

/** Compare the consent visits of `obs`. Returns undefined when the scan ran no consent visits. */
export function compareConsentVisits(obs: Observations, classify: Classify): ConsentComparison | undefined {
  const visits = consentVisits(obs);
  if (!visits['no-action'] && !visits.reject && !visits.accept) return undefined;
  const rows = new Map<string, ComparisonRow>();
  const cmp: { name?: string; found: boolean } = { found: false };
  const notes = new Set<string>();
  const handled: ConsentComparison['handled'] = {};

  for (const mode of MODES) {
    const visit = visits[mode];
    if (!visit) continue;
    const choiceAt = mode === 'no-action' ? undefined : choiceTime(visit);
    if (mode !== 'no-action') handled[mode] = choiceAt !== undefined;
    for (const page of visit.pages) {
      if (page.consent?.cmp) cmp.name ??= page.consent.cmp;
      if (page.consent?.popupFound) cmp.found = true;
      if (page.consent?.note && page === visit.pages[0]) notes.add(page.consent.note);
      const presence = (t: number): Presence => (mode === 'no-action' || choiceAt === undefined ? 'yes' : isAfterChoice(page, t, choiceAt) ? 'after' : 'before');
      for (const req of page.requests) {
        const party = safeClassify(classify, req.url);
        if (!party?.thirdParty) continue;
        const key = `tp:${party.site}`;
        const row = rows.get(key) ?? newRow('third party', party.site, party);
        row.tracker ??= party.tracker?.name;
        row.category ??= party.tracker?.category;
        row.seen[mode] = mark(row.seen[mode], presence(req.t));
        rows.set(key, row);
      }
      for (const c of page.cookies) {
        if (c.blocked) continue;
        const domain = c.domain.replace(/^\./, '');
        const key = `ck:${c.name}@${domain}`;
        // A cookie stored in a visit is still there after the choice (it was collected after it), unless
        // the page was collected before any choice: then it counts as before.
        const party = safeClassify(classify, c.setterUrl ?? `https://${domain}/`);
        const row = rows.get(key) ?? newRow('cookie', `${c.name} (${domain})`, party);
        row.tracker ??= party?.tracker?.name;
        row.category ??= party?.tracker?.category;
        const p: Presence = mode === 'no-action' || choiceAt === undefined ? 'yes' : page.startedAt + page.durationMs > choiceAt ? 'after' : 'before';
        row.seen[mode] = mark(row.seen[mode], p);
        rows.set(key, row);
      }
    }
  }
  const ids: ConsentComparison['visits'] = {};
  for (const m of MODES) if (visits[m]) ids[m] = visits[m]!.id;
  return {
    visits: ids,
    cmp: cmp.name,
    bannerFound: cmp.found,
    handled,
    notes: [...notes],
    rows: [...rows.values()].sort((a, b) => Number(!!b.tracker) - Number(!!a.tracker) || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label)),
  };
}

function newRow(kind: ComparisonRow['kind'], label: string, party?: PartyInfo): ComparisonRow {
  const row: ComparisonRow = { kind, label, seen: { 'no-action': 'no', reject: 'no', accept: 'no' } };
  if (party?.tracker) {
    row.tracker = party.tracker.name;
    if (party.tracker.category) row.category = party.tracker.category;
  }
  return row;
}

function safeClassify(classify: Classify, url: string): PartyInfo | undefined {
  try {
    return classify(url);
  } catch {
    return undefined; // a malformed URL is not worth failing the comparison for
  }
}

/** True when a row looks the same in every visit that ran. */
export function isSame(row: ComparisonRow, c: ConsentComparison): boolean {
  const seen = MODES.filter((m) => c.visits[m]).map((m) => (row.seen[m] === 'no' ? 'no' : 'seen'));
  return seen.every((s) => s === seen[0]);
}

const WORDS: Record<Presence, string> = { no: '—', before: 'before the choice', after: 'after the choice', both: 'before and after the choice', yes: 'yes' };

/**
 * The comparison as a report section: what differs between the visits, then what tracked in all of them.
 * Rows that are neither trackers nor different are summarised in one sentence, to keep the table readable.
 */
export function consentSection(c: ConsentComparison): ReportSection {
  const paragraphs: string[] = [];
  if (!c.bannerFound) {
    paragraphs.push(
      c.cmp
        ? `The ${c.cmp} consent platform is on the site, but its banner did not open during the visits, so no choice could be made.`
        : 'No consent banner from a known consent platform was recognised, so no choice could be made: the three visits show the site as every patron gets it by default. We do not guess at unknown banners.',
    );
  } else {
    const done = (m: 'reject' | 'accept') => (c.handled[m] ? 'was chosen' : c.handled[m] === false ? 'could not be chosen' : 'was not tried');
    paragraphs.push(`Consent banner recognised: ${c.cmp ?? 'unknown platform'} (a known autoconsent rule). “Reject all” ${done('reject')}; “accept all” ${done('accept')}. Each visit used a fresh browser profile.`);
  }
  for (const n of c.notes) if (!paragraphs.some((p) => p.includes(n))) paragraphs.push(n);
  const differing = c.rows.filter((r) => !isSame(r, c));
  const sameTrackers = c.rows.filter((r) => isSame(r, c) && r.tracker && r.seen['no-action'] !== 'no');
  const quiet = c.rows.length - differing.length - sameTrackers.length;
  paragraphs.push(
    `${differing.length} third part${differing.length === 1 ? 'y or cookie differs' : 'ies and cookies differ'} between the visits; ` +
      `${sameTrackers.length} tracker${sameTrackers.length === 1 ? '' : 's'} appeared whatever the patron chose` +
      (quiet > 0 ? `; ${quiet} other item${quiet === 1 ? ' was' : 's were'} the same in every visit.` : '.'),
  );
  const columns = ['Kind', 'What', 'Tracker', 'No action', 'Reject all', 'Accept all'];
  const rows = [...differing, ...sameTrackers].map((r) => [
    r.kind,
    r.label,
    r.tracker ? `${r.tracker}${r.category ? ` (${r.category})` : ''}` : '',
    c.visits['no-action'] ? WORDS[r.seen['no-action']] : 'not run',
    c.visits.reject ? WORDS[r.seen.reject] : 'not run',
    c.visits.accept ? WORDS[r.seen.accept] : 'not run',
  ]);
  return { id: 'consent-comparison', title: 'Consent comparison: no action, reject all, accept all', paragraphs, table: { columns, rows } };
}
