/**
 * `fiduciary logs audit <dir>`: what a library keeps that it should not. Inventories log files (class and
 * age, retention.ts), samples each one for the identifiers it carries, reads EZproxy configuration for
 * settings that make logs identifying or keep them long, and turns each problem into a Finding with
 * citations and the fix. Evidence names files, line numbers and counts, never the identifying text itself.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { catalogue } from '../policies/catalogue.js';
import { FiduciaryError, RESULT_VERSION, SEVERITIES, atLeast, type Citation, type Evidence, type Finding, type RunResult, type Severity } from '../model/index.js';
import { detectLogFormat, compileLogFormat } from './formats/ezproxy.js';
import { detectCombined } from './formats/combined.js';
import { resolveColumns, splitCsv } from './formats/ils-csv.js';
import { readLines } from './read.js';
import { inventory, type InventoryEntry, type LogFileClass } from './retention.js';
import { emptyEvent, type LineParser } from './types.js';

export type IdentifierKind = 'ip-address' | 'username' | 'barcode' | 'ldap-dn' | 'session-id' | 'search-terms' | 'email' | 'phone';

const LABEL: Record<IdentifierKind, string> = {
  'ip-address': 'full IP addresses', username: 'usernames', barcode: 'library barcodes', 'ldap-dn': 'LDAP distinguished names',
  'session-id': 'session identifiers', 'search-terms': 'search terms in URLs', email: 'email addresses', phone: 'phone numbers',
};
/** Kinds that name or directly single out a person (the rest need a lookup to do so). */
const DIRECT: ReadonlySet<IdentifierKind> = new Set(['username', 'barcode', 'ldap-dn', 'search-terms', 'email', 'phone']);

const TEXT_PATTERNS: [IdentifierKind, RegExp][] = [
  ['ip-address', /(?:^|[\s["'=,;(])(?:25[0-5]|2[0-4]\d|1?\d?\d)\.(?:25[0-5]|2[0-4]\d|1?\d?\d)\.(?:25[0-5]|2[0-4]\d|1?\d?\d)\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|[1-9])(?=$|[\s\]"',;:)])/],
  ['email', /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/],
  ['phone', /(?<![\d.:/\w-])(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]\d{3}[ .-]\d{4}(?![\d.:])/],
  ['barcode', /(?<![\w.])2\d{13}(?![\w.])/],
  ['ldap-dn', /\b(?:uid|cn)=[^,\s"]+,\s*(?:ou|dc|o|cn)=/i],
  ['search-terms', /[?&](?:q|query|searchterm|searchtext|lookfor|kw|term|text|qt|search)=[^&\s"]{2,}/i],
  ['session-id', /\bezproxy[a-z]*=[^;\s"]|[?&;](?:jsessionid|sessionid|sid)=/i],
];

export interface AuditOptions {
  retentionDays: number;
  auditPurgeMaxDays: number;
  sampleLines: number;
  now?: number;
  toolVersion?: string;
}

/** What one file was found to carry: kind → line numbers (first few) and count of lines. */
export type Carried = Map<IdentifierKind, { lines: number[]; count: number; last: number }>;

/** Scan the first `sampleLines` lines of a file for identifiers. */
export async function scanIdentifiers(entry: Pick<InventoryEntry, 'abs' | 'class'>, sampleLines: number): Promise<{ carried: Carried; lines: number }> {
  const carried: Carried = new Map();
  const note = (k: IdentifierKind, n: number): void => {
    let c = carried.get(k);
    if (!c) carried.set(k, (c = { lines: [], count: 0, last: 0 }));
    if (c.last === n) return; // one line, one count, however many ways it was spotted
    c.last = n;
    c.count++;
    if (c.lines.length < 5) c.lines.push(n);
  };
  let parser: LineParser | undefined;
  const pending: { line: string; n: number }[] = [];
  const ev = emptyEvent();
  let header: string[] | undefined;
  let csv: ReturnType<typeof resolveColumns> | undefined;
  const structured = (line: string, n: number): void => {
    if (parser && parser(line, ev) === null) {
      if (ev.user) note('username', n);
      if (ev.session) note('session-id', n);
    }
  };
  const lines = await readLines(createReadStream(entry.abs), (line, n) => {
    if (line === null || line === '') return n < sampleLines;
    for (const [k, re] of TEXT_PATTERNS) if (re.test(line)) note(k, n);
    if (entry.class === 'ezproxy-audit') {
      const f = line.split('\t');
      if (!header && /date\/time/i.test(f[0] ?? '')) header = f.map((h) => h.trim().toLowerCase());
      else if (header) {
        const u = f[header.indexOf('username')];
        const s = f[header.indexOf('session')];
        if (u && u !== '-' && u.trim()) note('username', n);
        if (s && s !== '-' && s.trim()) note('session-id', n);
      }
    } else if (entry.class === 'ils-export') {
      if (!csv) { try { csv = resolveColumns(line); } catch { csv = { delim: ',', index: {} }; } }
      else if (csv.index.patron !== undefined) {
        const v = splitCsv(line, csv.delim)?.[csv.index.patron]?.trim();
        if (v) note('barcode', n);
      }
    } else if (entry.class === 'ezproxy-log' || entry.class === 'web-access-log') {
      if (!parser) {
        pending.push({ line, n });
        if (pending.length >= 50) {
          const sample = pending.map((p) => p.line);
          const fmt = detectLogFormat(sample) ?? detectCombined(sample);
          parser = fmt ? compileLogFormat(fmt) : () => 'unknown';
          for (const p of pending.splice(0)) structured(p.line, p.n);
        }
      } else structured(line, n);
    }
    return n < sampleLines;
  });
  if (!parser && pending.length > 0) {
    const fmt = detectLogFormat(pending.map((p) => p.line)) ?? detectCombined(pending.map((p) => p.line));
    if (fmt) { parser = compileLogFormat(fmt); for (const p of pending) structured(p.line, p.n); }
  }
  return { carried, lines };
}

/** A configuration smell found in an EZproxy config file. */
export interface ConfigSmell { rule: 'ezproxy-log-user' | 'ezproxy-logformat-identifiers' | 'ezproxy-audit-purge'; line: number; detail: string }

/** Read an EZproxy config file for settings that make logs identifying or keep them too long. */
export function configSmells(text: string, auditPurgeMaxDays: number): ConfigSmell[] {
  const out: ConfigSmell[] = [];
  let audit = 0;
  let purge = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (/^Option\s+LogUser\b/i.test(line)) out.push({ rule: 'ezproxy-log-user', line: i + 1, detail: '`Option LogUser` writes each patron\u2019s username into the access log.' });
    const lf = /^LogFormat\s+(.*)$/i.exec(line);
    if (lf) {
      const kinds = [/%u/.test(lf[1]!) && 'usernames (%u)', /%\{ezproxy-session\}i/i.test(lf[1]!) && 'session ids (%{ezproxy-session}i)'].filter(Boolean);
      if (kinds.length) out.push({ rule: 'ezproxy-logformat-identifiers', line: i + 1, detail: `The LogFormat records ${kinds.join(' and ')}.` });
    }
    if (/^Audit\s+\S/i.test(line)) audit = i + 1;
    const ap = /^AuditPurge\s+(\d+)/i.exec(line);
    if (ap) {
      purge = true;
      if (+ap[1]! > auditPurgeMaxDays) out.push({ rule: 'ezproxy-audit-purge', line: i + 1, detail: `AuditPurge keeps audit logs for ${ap[1]} days (more than ${auditPurgeMaxDays}).` });
    }
  });
  if (audit && !purge) out.push({ rule: 'ezproxy-audit-purge', line: audit, detail: 'Audit logging is on and no AuditPurge is set, so audit logs are kept indefinitely.' });
  return out;
}

function cite(...ids: string[]): Citation[] {
  return ids.map((id) => {
    const e = catalogue.get(id);
    if (!e) throw new FiduciaryError('FID_INTERNAL', `Unknown citation id ${id}.`);
    return { id: e.id, title: e.title, source: e.source, url: e.url };
  });
}

function fid(ruleId: string, key: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${key}`).digest('hex').slice(0, 16);
}

const CLASS_LABEL: Record<LogFileClass, string> = {
  'ezproxy-log': 'EZproxy access logs', 'ezproxy-audit': 'EZproxy audit logs', 'ezproxy-config': 'EZproxy configuration',
  'web-access-log': 'web server access logs', 'ils-export': 'ILS circulation exports', 'other-log': 'other log files',
};

/** Audit a directory of logs; returns a RunResult of kind `logs-audit`. */
export async function auditLogDir(dir: string, o: AuditOptions): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const now = o.now ?? Date.now();
  let files: InventoryEntry[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    files = inventory(dir, now);
  } catch (err) { throw new FiduciaryError('FID_FILE_UNREADABLE', `Cannot read the directory ${basename(dir)}.`, { cause: err }); }
  const findings: Finding[] = [];
  const errors: RunResult['errors'] = [];
  const byClass = new Map<LogFileClass, { old: InventoryEntry[]; ident: { e: InventoryEntry; carried: Carried }[] }>();
  for (const e of files) {
    if (e.class === 'ezproxy-config') {
      let text: string;
      try { text = readFileSync(e.abs, 'utf8'); } catch (err) { errors.push({ code: 'FID_FILE_UNREADABLE', message: String(err instanceof Error ? err.message : err), where: e.path }); continue; }
      for (const s of configSmells(text, o.auditPurgeMaxDays)) findings.push(configFinding(s, e.path));
      continue;
    }
    let g = byClass.get(e.class);
    if (!g) byClass.set(e.class, (g = { old: [], ident: [] }));
    try {
      const { carried } = await scanIdentifiers(e, o.sampleLines);
      if (carried.size) g.ident.push({ e, carried });
    } catch (err) {
      errors.push({ code: err instanceof FiduciaryError ? err.code : 'FID_FILE_UNREADABLE', message: 'could not be read to the end of its sample', where: e.path });
    }
    if (e.ageDays > o.retentionDays) g.old.push(e);
  }
  for (const [cls, g] of byClass) {
    if (g.ident.length) findings.push(identifierFinding(cls, g.ident));
    if (g.old.length) findings.push(retentionFinding(cls, g.old, new Set(g.ident.map((x) => x.e.path)), o.retentionDays));
  }
  return buildResult('logs-audit', dir, startedAt, findings, files.map((f) => ({ id: f.path, url: f.path, role: f.class })), errors, o.toolVersion, { retentionDays: o.retentionDays, auditPurgeMaxDays: o.auditPurgeMaxDays, sampleLines: o.sampleLines, files: files.length });
}

function identifierFinding(cls: LogFileClass, list: { e: InventoryEntry; carried: Carried }[]): Finding {
  const kinds = new Set<IdentifierKind>();
  for (const x of list) for (const k of x.carried.keys()) kinds.add(k);
  const direct = [...kinds].some((k) => DIRECT.has(k));
  const evidence: Evidence[] = list.slice(0, 50).map(({ e, carried }) => ({
    kind: 'log',
    url: e.path,
    summary: [...carried].map(([k, c]) => `${LABEL[k]} on ${c.count} sampled line${c.count === 1 ? '' : 's'} (first: ${c.lines.join(', ')})`).join('; '),
    detail: Object.fromEntries([...carried].map(([k, c]) => [k, c.count])) as Record<string, number>,
  }));
  return {
    id: fid('log-identifiers', cls), ruleId: 'log-identifiers',
    title: `${CLASS_LABEL[cls]} carry ${[...kinds].map((k) => LABEL[k]).join(', ')}`,
    severity: direct ? 'high' : 'medium', outcome: 'fail',
    explanation: `${list.length} file${list.length === 1 ? '' : 's'} of this kind hold data that points back to patrons. ${direct ? 'Usernames, barcodes, emails or search terms name a person or what they looked for directly.' : 'IP addresses and session ids can be joined with other records (the EZproxy audit log maps sessions to usernames) to name a patron.'} Statistics do not need any of it.`,
    evidence, citations: cite('ala-privacy-interp', 'niso-5', 'lbor-vii'),
    remediation: 'Produce the statistics you need with `fiduciary logs` (aggregated, small cells suppressed), then delete the raw files. Stop writing identifiers: drop %u and session ids from LogFormat, remove `Option LogUser`, and keep proxy logs only as long as troubleshooting needs.',
    pages: list.map((x) => x.e.path), count: list.length,
  };
}

function retentionFinding(cls: LogFileClass, old: InventoryEntry[], identifying: Set<string>, days: number): Finding {
  const anyIdent = old.some((e) => identifying.has(e.path));
  const oldest = Math.max(...old.map((e) => e.ageDays));
  return {
    id: fid('log-retention', cls), ruleId: 'log-retention',
    title: `${old.length} ${CLASS_LABEL[cls]} older than the ${days}-day retention period`,
    severity: anyIdent ? 'high' : 'low', outcome: 'fail',
    explanation: `These raw files are kept beyond the library\u2019s retention period (the oldest is ${oldest} days old)${anyIdent ? ' and carry identifiers, so they can still be used to reconstruct what individual patrons read' : ''}. Data kept longer than needed can be subpoenaed, breached or reused.`,
    evidence: old.slice(0, 50).map((e) => ({ kind: 'log', url: e.path, summary: `${e.ageDays} days old (from the ${e.ageSource})${identifying.has(e.path) ? ', carries identifiers' : ''}`, detail: { ageDays: e.ageDays, bytes: e.bytes } })),
    citations: cite('niso-4', 'ala-privacy-interp', 'ala-bds-8'),
    remediation: `Aggregate what you need with \`fiduciary logs\`, delete the raw files, and automate deletion (log rotation with a ${days}-day limit, or a scheduled job).`,
    pages: old.map((e) => e.path), count: old.length,
  };
}

function configFinding(s: ConfigSmell, path: string): Finding {
  const meta: Record<ConfigSmell['rule'], { title: string; severity: Severity; fix: string; cites: string[] }> = {
    'ezproxy-log-user': { title: 'EZproxy writes usernames into its access log (Option LogUser)', severity: 'high', fix: 'Remove `Option LogUser` from the configuration and restart EZproxy; use `fiduciary logs` for statistics.', cites: ['niso-4', 'ala-privacy-interp'] },
    'ezproxy-logformat-identifiers': { title: 'EZproxy LogFormat records patron identifiers', severity: 'medium', fix: 'Remove %u and %{ezproxy-session}i from LogFormat (for example `LogFormat %h %l - %t "%r" %s %b`), or keep such logs only for days.', cites: ['niso-4', 'niso-5'] },
    'ezproxy-audit-purge': { title: 'EZproxy audit logs are kept too long', severity: 'medium', fix: 'Set `AuditPurge 7` (or fewer days) so EZproxy deletes audit files that tie sessions to usernames.', cites: ['niso-4', 'ala-bds-8'] },
  };
  const m = meta[s.rule];
  return {
    id: fid(s.rule, `${path}:${s.line}`), ruleId: s.rule, title: m.title, severity: m.severity, outcome: 'fail',
    explanation: s.detail, evidence: [{ kind: 'note', url: path, summary: `${path}, line ${s.line}` }],
    citations: cite(...m.cites), remediation: m.fix, pages: [path], count: 1,
  };
}

/** Assemble a RunResult with a simple severity-weighted score. */
export function buildResult(kind: RunResult['kind'], target: string, startedAt: string, findings: Finding[], subjects: RunResult['subjects'], errors: RunResult['errors'], version = '0.1.0', settings?: RunResult['settings']): RunResult {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const weight: Record<Severity, number> = { critical: 40, high: 20, medium: 8, low: 3, info: 0 };
  let score = 100;
  for (const f of findings) if (f.outcome === 'fail') { bySeverity[f.severity]++; score -= weight[f.severity]; }
  score = Math.max(0, score);
  const grade = score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : score >= 40 ? 'D' : 'F';
  findings.sort((a, b) => (atLeast(a.severity, b.severity) ? (atLeast(b.severity, a.severity) ? 0 : -1) : 1));
  return {
    version: RESULT_VERSION, kind, tool: { name: 'fiduciary', version }, target, startedAt, finishedAt: new Date().toISOString(),
    findings, subjects, summary: { bySeverity, score, grade, scoreMethod: '100 minus 40 per critical, 20 per high, 8 per medium, 3 per low failing finding' }, errors, settings,
  };
}
