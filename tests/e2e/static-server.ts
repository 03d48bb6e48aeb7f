import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A tiny static file server over the built site that a test starts and stops itself: stopping it
 * is what "the network is gone" means for the service worker (Playwright's offline switch does
 * not reliably cover a worker's fetches). `answer` lets a test play a single-sign-on proxy.
 */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  /** Answers a path instead of the file (return undefined to serve the file). */
  answer?: ((path: string) => { status: number; headers?: Record<string, string>; body?: string } | undefined) | undefined;
  stop: () => Promise<void>;
}

/** Serves `siteDir` on `port` (0: a free port, named in `url`), adding `headers` to every file. */
export async function startStaticServer(siteDir: string, port: number, headers: Record<string, string> = {}): Promise<StaticServer> {
  const root = resolve(siteDir);
  const sockets = new Set<Socket>();
  const handle: StaticServer = { url: `http://127.0.0.1:${port}`, stop: async () => undefined };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const special = handle.answer?.(path);
    if (special) {
      res.writeHead(special.status, special.headers ?? { 'content-type': 'text/html; charset=utf-8' });
      res.end(special.body ?? '');
      return;
    }
    let file = join(root, normalize(path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (isDir(file)) file = join(file, 'index.html');
    if (!isFile(file)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
    createReadStream(file).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (address && typeof address === 'object') handle.url = `http://127.0.0.1:${address.port}`;
  handle.stop = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    });
  return handle;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
