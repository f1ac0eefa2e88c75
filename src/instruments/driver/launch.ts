/**
 * Starts Debian's Chromium through playwright-core with a fresh profile per site and one of the two cookie
 * regimes. `default` is what a new Chromium profile does (third-party cookies blocked); `permissive` writes
 * the profile preference that allows them before launch, because Chromium 156 ignores command-line flags for
 * this. Never downloads a browser: the executable path is required.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { FiduciaryError, type CookieRegime } from '../../model/index.js';

export interface LaunchOptions {
  executablePath: string;
  regime: CookieRegime;
  /** Test harness and demo only: trust any certificate so fixture hostnames work. */
  ignoreCertificateErrors?: boolean;
  /** e.g. `MAP * 127.0.0.1` to point fixture hostnames at the local site server. */
  hostResolverRules?: string;
  extraArgs?: string[];
  viewport?: { width: number; height: number };
}

export interface BrowserSession {
  context: BrowserContext;
  regime: CookieRegime;
  userAgent: string;
  version: string;
  close(): Promise<void>;
}

/** The flags every scan uses: no first-run UI, no background traffic of the browser's own, a synthetic camera. */
export const BASE_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // A camera request is answered with a synthetic camera and no prompt: nothing real is captured, and a page
  // that waits for the camera (face check-in, face-api) neither stalls nor hides what it does next.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

/** Launch one browser profile; the profile folder is deleted on close. */
export async function launchSession(options: LaunchOptions): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'fid-profile-'));
  if (options.regime === 'permissive') {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
  }
  const args = [...BASE_FLAGS];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (options.ignoreCertificateErrors) args.push('--ignore-certificate-errors');
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  args.push(...(options.extraArgs ?? []));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath,
      headless: true,
      args,
      acceptDownloads: false,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      timeout: 30_000,
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new FiduciaryError('FID_BROWSER_LAUNCH', `Chromium did not start from ${options.executablePath}: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const userAgent = await page.evaluate(() => navigator.userAgent).catch(() => '');
  const version = context.browser()?.version() ?? /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? '';
  return {
    context,
    regime: options.regime,
    userAgent,
    version,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
