import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * `astro dev` renders pages on demand, so there is no index to search. This middleware serves
 * `<outDir>/pagefind/` from the last `npm run build` at `<base>pagefind/`; without a build it
 * answers 404 and the search dialog tells the user to run the build once.
 */
export function pagefindDevServer(options: { bundleDir: string; base: string }): Plugin {
  const prefix = `${options.base.replace(/\/+$/, '')}/pagefind/`;
  return {
    name: 'playbook:pagefind-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(prefix)) return next();
        const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
        const file = join(options.bundleDir, relative);
        if (relative.startsWith('..') || !file.startsWith(options.bundleDir + sep) || !isFile(file)) {
          res.statusCode = 404;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end('No search index yet: run `npm run build` once; `npm run dev` then serves its index.');
          return;
        }
        res.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
