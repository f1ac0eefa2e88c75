import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startSiteServer, type SiteServer } from './server.js';

const root = mkdtempSync(join(tmpdir(), 'fid-sites-'));
let server: SiteServer;

/** GET/POST through the server with a chosen Host header (what --host-resolver-rules gives Chromium). */
function fetchHost(host: string, path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { host: `${host}:${server.port}` }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(method === 'POST' ? 'x=1' : undefined);
  });
}

beforeAll(async () => {
  mkdirSync(join(root, 'a.example'));
  mkdirSync(join(root, 'b.example'));
  writeFileSync(join(root, 'a.example', 'index.html'), '<script src="{{origin:b.example}}/t.js"></script>');
  writeFileSync(join(root, 'b.example', 'index.html'), 'B');
  writeFileSync(join(root, 'b.example', '_routes.mjs'), "export default (req, res, ctx) => { if (ctx.url.pathname !== '/dyn') return false; res.end('dyn ' + ctx.host); return true; };");
  server = await startSiteServer({ root, projectDir: process.cwd() });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('site server', () => {
  it('picks the folder by Host and templates origins', async () => {
    expect((await fetchHost('a.example', '/')).body).toBe(`<script src="https://b.example:${server.port}/t.js"></script>`);
    expect((await fetchHost('b.example', '/')).body).toBe('B');
    expect((await fetchHost('c.example', '/')).status).toBe(404);
  });

  it('runs host routes, accepts unknown POSTs, serves npm files and refuses traversal', async () => {
    expect((await fetchHost('b.example', '/dyn')).body).toBe('dyn b.example');
    expect((await fetchHost('a.example', '/collect', 'POST')).status).toBe(204);
    const npm = await fetchHost('a.example', '/_npm/rrweb/package.json');
    expect(JSON.parse(npm.body).name).toBe('rrweb');
    expect((await fetchHost('a.example', '/_npm/../package.json')).status).toBe(404);
    expect((await fetchHost('a.example', '/../b.example/index.html')).body).not.toBe('B');
  });

  it('echoes WebSocket messages on /_ws', async () => {
    const ws = new WebSocket(`wss://127.0.0.1:${server.port}/_ws`, { rejectUnauthorized: false });
    const echoed = await new Promise<string>((ok, fail) => {
      ws.on('open', () => ws.send('ping'));
      ws.on('message', (d) => ok(String(d)));
      ws.on('error', fail);
    });
    ws.close();
    expect(echoed).toBe('ping');
  });
});
