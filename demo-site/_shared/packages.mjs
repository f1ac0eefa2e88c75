/**
 * Helpers for the demo site's route files: serve a file from an installed npm package under the path a real
 * site would use (a library self-hosting face-api, a vendor self-hosting a renamed session recorder), and a
 * tiny transparent GIF for pixels. `_shared` is not a hostname, so the site server never serves this folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Absolute path of `file` inside the installed package `pkg`. Looks along Node's own search path rather than
 * resolving `pkg/package.json`, which packages with an `exports` map may not allow.
 */
export function packageFile(pkg, file) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    if (existsSync(join(dir, pkg, 'package.json'))) return join(dir, pkg, file);
  }
  throw new Error(`package ${pkg} is not installed`);
}

/** Send a package file with the given content type; returns true so the route handler can `return send…`. */
export function sendPackageFile(res, pkg, file, type) {
  const body = readFileSync(packageFile(pkg, file));
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

/** A 1x1 transparent GIF, as tracking pixels answer. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
