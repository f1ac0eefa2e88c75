/**
 * Test harness for scanning fixture sites: starts the local multi-host site server on
 * `test/fixtures/sites/<case>/`, starts at the host named in the case's `start` file (else the first host
 * folder with an index page), maps every hostname to it, trusts its self-signed certificate (here only),
 * and runs the real collect pipeline in Chromium. Other areas (rules, demo) use it to scan their fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Observations } from '../../src/model/index.js';
import { collect, type CollectOptions } from '../../src/engine/collect.js';
import { resolveConfig, type UserConfig } from '../../src/config/resolve-config.js';
import { startSiteServer, type SiteServer } from '../../src/sites/server.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_SITES = resolve(HERE, '..', 'fixtures', 'sites');
const PROJECT = resolve(HERE, '..', '..');

export interface ScanFixtureOptions extends Omit<CollectOptions, 'target' | 'config'> {
  /** Host to start on (default: the first host folder, alphabetically) and path. */
  start?: string;
  path?: string;
  /** Config over the defaults; fixture scans default to one regime, no extra pages and a short settle. */
  config?: UserConfig['scan'];
  /** Site root other than test/fixtures/sites/<case> (e.g. the demo site). */
  root?: string;
  /** Leave certificate errors reportable (the invalid-certificate fixture). */
  trustCertificate?: boolean;
}

/** Start the site server on a fixture case and run `fn`; the server is closed afterwards. */
export async function withFixtureServer<T>(caseDir: string, fn: (server: SiteServer, root: string) => Promise<T>, root?: string): Promise<T> {
  const dir = root ?? join(FIXTURE_SITES, caseDir);
  if (!existsSync(dir)) throw new Error(`No fixture site at ${dir}`);
  const server = await startSiteServer({ root: dir, projectDir: PROJECT });
  try {
    return await fn(server, dir);
  } finally {
    await server.close();
  }
}

/** Scan a fixture case in real Chromium and return its Observations. */
export async function scanFixture(caseDir: string, options: ScanFixtureOptions = {}): Promise<Observations> {
  return withFixtureServer(
    caseDir,
    async (server, dir) => {
      const hosts = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
      // A case names its start host in a `start` file; otherwise the first host with an index page.
      const named = existsSync(join(dir, 'start')) ? readFileSync(join(dir, 'start'), 'utf8').trim() : undefined;
      const host = options.start ?? named ?? hosts.find((h) => existsSync(join(dir, h, 'index.html'))) ?? hosts[0];
      if (!host) throw new Error(`Fixture ${caseDir} has no host folder`);
      const config = resolveConfig({ scan: { pages: 0, cookieRegimes: ['default'], settleMs: 500, pageTimeoutMs: 30_000, screenshots: false, ...options.config } });
      return collect({
        ...options,
        target: server.url(host, options.path ?? '/'),
        config,
        ignoreCertificateErrors: options.trustCertificate ?? true,
        hostResolverRules: 'MAP * 127.0.0.1',
      });
    },
    options.root,
  );
}
