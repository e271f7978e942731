import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A route: a request for this host and path is answered with this fixture file. */
export interface FixtureRoute {
  host: string;
  path: string;
  /** Relative to tests/fixtures, or absolute (a script a test built, e.g. under .tmp/). */
  file: string;
  /**
   * Changes values in the page before serving (e.g. moves the order date near today so deadlines
   * are open); the structure stays the fixture's own.
   */
  transform?: (html: string) => string;
}

/**
 * Serves fixture pages on 127.0.0.1 for the mapped host names. Each request is logged so tests
 * can assert what the extension fetched (the privacy check).
 */
export async function serveFixtures(routes: FixtureRoute[]): Promise<{ port: number; tlsPort: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const answer: RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${host}${req.url ?? ''}`);
    const route = routes.find((r) => r.host === host && r.path === path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    if (route.file.endsWith('.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(resolve(FIXTURES, route.file)));
      return;
    }
    if (route.file.endsWith('.png')) {
      res.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(resolve(FIXTURES, route.file)));
      return;
    }
    const html = readFileSync(resolve(FIXTURES, route.file), 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(route.transform ? route.transform(html) : html);
  };
  // A second port speaks TLS, for host names on Chromium's HSTS preload list (Amazon): the browser
  // only ever asks those over https (tls/README.md); launch.ts maps them to `tlsPort`.
  const server = createHttpServer(answer);
  const tls = createHttpsServer({ key: readFileSync(resolve(import.meta.dirname, 'tls/key.pem')), cert: readFileSync(resolve(import.meta.dirname, 'tls/cert.pem')) }, answer);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    tlsPort: (tls.address() as AddressInfo).port,
    close: () =>
      Promise.all(
        [server, tls].map(
          (s) =>
            new Promise<void>((done) => {
              s.closeAllConnections();
              s.close(() => done());
            }),
        ),
      ).then(() => undefined),
  };
}
