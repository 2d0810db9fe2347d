// The two local servers of the webview tests. The panel server plays the webview: it serves the REAL built bundle
// and stylesheet from media/ and pages made by the extension's own HTML builder (src/core/charts/panelHtml.ts,
// loaded through tsx) with a fresh nonce and the exact CSP. The attacker server only listens and records: any
// request it sees is a chart reaching out. Both bind 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { repoRoot } from '../harness/codeServer.mjs';

const { buildChartPanelHtml } = await tsImport('../../src/core/charts/panelHtml.ts', import.meta.url);

const mediaTypes = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** Records every request it gets; answers each with something a naive chart would happily use. */
export async function startAttackerServer() {
  const requests = [];
  const { server, origin } = await listen((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('a,b\n1,2\n');
  });
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Serves /media/* from the repo and /page/<id> built from `states.get(id)`. `requests` lists every path asked
 * for, so a test can see a chart reaching for the panel's own origin too.
 */
export async function startPanelServer() {
  const states = new Map();
  const requests = [];
  const mediaDir = path.join(repoRoot, 'media');
  let origin = '';
  const started = await listen((req, res) => {
    const url = new URL(req.url, origin);
    requests.push(url.pathname);
    if (url.pathname.startsWith('/page/')) {
      const id = decodeURIComponent(url.pathname.slice('/page/'.length));
      if (!states.has(id)) return notFound(res);
      const html = buildChartPanelHtml({
        cspSource: origin,
        nonce: randomBytes(16).toString('base64'),
        scriptUri: `${origin}/media/webview.js`,
        styleUri: `${origin}/media/charts.css`,
        initialState: states.get(id),
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    const file = path.join(mediaDir, path.normalize(url.pathname.replace(/^\/media\//, '')));
    if (!url.pathname.startsWith('/media/') || !file.startsWith(mediaDir) || !fs.existsSync(file)) return notFound(res);
    res.writeHead(200, { 'content-type': mediaTypes[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  origin = started.origin;
  return {
    origin,
    requests,
    /** Registers a page; returns its URL. */
    page(id, state) {
      states.set(id, state);
      return `${origin}/page/${encodeURIComponent(id)}`;
    },
    close: () => new Promise((resolve) => started.server.close(resolve)),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
