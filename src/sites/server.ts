/**
 * The local multi-host site server shared by the fixture tests, the benchmark and the demo: one loopback port
 * answers for many hostnames, and the request's Host header picks the folder `root/<hostname>/` whose files
 * are served. Chromium is pointed at it with `--host-resolver-rules=MAP * 127.0.0.1`, so pages can use
 * realistic third-party hostnames (a tracker, a CDN, a cover-image service) without anything leaving the
 * machine. Text files are templated (`{{origin:HOST}}` → `https://HOST:PORT`), `/_npm/<pkg>/<path>` serves
 * real libraries from node_modules, an optional `_routes.mjs` per host adds dynamic behaviour, and `/_ws`
 * is a WebSocket echo. The certificate is self-signed and generated at start, so certificate errors are real.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';

export interface SiteServerOptions {
  /** Folder holding one sub-folder per hostname. */
  root: string;
  /** Serve HTTPS with a self-signed certificate (default) or plain HTTP. */
  https?: boolean;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Folder whose `node_modules` backs the `/_npm/` mount; defaults to the current directory. */
  projectDir?: string;
}

export interface SiteServer {
  port: number;
  /** `https://HOST:PORT` (or http). */
  origin(host: string): string;
  /** Absolute URL of `path` on `host`. */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

/** What a host's `_routes.mjs` handler receives besides the request and response. */
export interface RouteContext {
  host: string;
  /** Path and query parsed against the request's origin. */
  url: URL;
  origin(host: string): string;
  /** The host's folder. */
  dir: string;
  /** The request body (read once, cached). */
  body(): Promise<Buffer>;
  /** Serve a file of the host's folder, templated like static files. */
  sendFile(relPath: string, status?: number): void;
  /** Read a file of an installed npm package (`rrweb/dist/rrweb.umd.min.cjs`), e.g. to self-host it renamed. */
  npmFile(path: string): Buffer;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => boolean | Promise<boolean>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bin': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
};
const TEMPLATED = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.json', '.txt', '.svg']);

let certCache: { key: Buffer; cert: Buffer } | undefined;

/**
 * A self-signed certificate for localhost and any name, made once per process with the system's openssl
 * (present wherever Chromium is). Browsers reject it unless told to ignore certificate errors, which only
 * the test harness and the demo do.
 */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  if (certCache) return certCache;
  const dir = mkdtempSync(join(tmpdir(), 'fid-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
      '-subj', '/CN=fiduciary-fixture', '-addext', 'subjectAltName=DNS:localhost,DNS:*.example,IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    certCache = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return certCache;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolve `rel` under `base`, refusing anything that escapes it. */
function inside(base: string, rel: string): string | undefined {
  const p = resolve(base, `.${sep}${rel}`);
  return p === base || p.startsWith(base + sep) ? p : undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', () => ok(Buffer.concat(chunks)));
  });
}

/**
 * Start the server. Resolves once it listens; `close()` ends every open connection too, so a fixture that
 * never answers cannot keep a test alive.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const root = resolve(options.root);
  const useHttps = options.https ?? true;
  const nodeModules = resolve(options.projectDir ?? process.cwd(), 'node_modules');
  const routeCache = new Map<string, Promise<RouteHandler | undefined>>();
  let port = 0;
  const origin = (host: string) => `${useHttps ? 'https' : 'http'}://${host}:${port}`;
  const template = (text: string) => text.replace(/\{\{origin:([A-Za-z0-9.-]+)\}\}/g, (_m, h: string) => origin(h)).replace(/\{\{port\}\}/g, String(port));

  const sendFile = (res: ServerResponse, file: string, status = 200, extraHeaders: Record<string, string | string[]> = {}) => {
    const ext = extname(file).toLowerCase();
    let body: Buffer | string = readFileSync(file);
    if (TEMPLATED.has(ext)) body = template(body.toString('utf8'));
    res.writeHead(status, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extraHeaders });
    res.end(body);
  };

  const routesFor = (hostDir: string): Promise<RouteHandler | undefined> => {
    let p = routeCache.get(hostDir);
    if (!p) {
      const file = join(hostDir, '_routes.mjs');
      p = existsSync(file) ? import(pathToFileURL(file).href).then((m: { default: RouteHandler }) => m.default) : Promise.resolve(undefined);
      routeCache.set(hostDir, p);
    }
    return p;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', origin(host));
    const path = decodeURIComponent(url.pathname);
    // Permissive CORS so fixture "third parties" can be called the way real ones are.
    const reqOrigin = req.headers.origin;
    if (reqOrigin) {
      res.setHeader('access-control-allow-origin', reqOrigin);
      res.setHeader('access-control-allow-credentials', 'true');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      });
      res.end();
      return;
    }
    if (path.startsWith('/_npm/')) {
      const file = inside(nodeModules, path.slice('/_npm/'.length));
      if (file && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(file));
      } else {
        res.writeHead(404).end();
      }
      return;
    }
    const hostDir = inside(root, host);
    let bodyCache: Promise<Buffer> | undefined;
    const ctx: RouteContext = {
      host, url, origin, dir: hostDir ?? root,
      body: () => (bodyCache ??= readBody(req)),
      sendFile: (rel, status) => {
        const f = hostDir && inside(hostDir, rel);
        if (f && existsSync(f)) sendFile(res, f, status);
        else res.writeHead(404).end();
      },
      npmFile: (p) => {
        const f = inside(nodeModules, p);
        if (!f) throw new Error(`outside node_modules: ${p}`);
        return readFileSync(f);
      },
    };
    if (hostDir && existsSync(hostDir)) {
      const routes = await routesFor(hostDir);
      if (routes && (await routes(req, res, ctx))) return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Unknown POSTs and beacons: accept and drop, like a collector endpoint.
      await ctx.body();
      res.writeHead(204).end();
      return;
    }
    let file = hostDir && existsSync(hostDir) ? inside(hostDir, path) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file) || /(^|[/\\])_routes\.mjs$/.test(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    sendFile(res, file, 200, headersFor(hostDir!, path));
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  };
  const server: Server = useHttps ? createHttpsServer(selfSignedCert(), listener) : createHttpServer(listener);
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => undefined);

  // `/_ws` on any host: a WebSocket echo, enough for pages that stream events to a collector.
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!(req.url ?? '').startsWith('/_ws')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    origin,
    url: (host, p = '/') => origin(host) + (p.startsWith('/') ? p : `/${p}`),
    close: () =>
      new Promise<void>((ok) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/**
 * Extra response headers from the host's optional `_headers.json` (`{ "/path": { "set-cookie": [...] } }`),
 * so a static fixture can set cookies or security headers without writing a route.
 */
function headersFor(hostDir: string, path: string): Record<string, string | string[]> {
  const file = join(hostDir, '_headers.json');
  if (!existsSync(file)) return {};
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string | string[]>>;
  return all[path] ?? (path.endsWith('/') ? all[`${path}index.html`] : undefined) ?? {};
}
