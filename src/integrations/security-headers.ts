import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { addPageCapture, collectPages } from './page-capture.ts';
import { htmlPages, pageUrl } from './pagefind.ts';
import { pathWithoutBase } from './pagefind-pages.ts';

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) in `astro:build:done`: every page gets the CSP
 * Astro generated for it (its script and style hashes included, read from the page's own meta
 * tag) plus `frame-ancestors 'none'`, which only a header can carry; every file gets HSTS,
 * nosniff, a referrer policy, a permissions policy and framing refused. The README gives the
 * nginx equivalent; GitHub Pages cannot set headers at all.
 *
 * Both hosts join the values of a header that several blocks set, so the CSP is set in one
 * block per page only, never in the `/*` block.
 *
 * The policies are taken from the pages as they render (./page-capture.ts); only a page no
 * render handed over is read from the output folder.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  const rendered = new Map<string, string | undefined>();
  // A policy cut from a page is a slice of that page's HTML and keeps all of it alive (V8 sliced
  // strings): 10,000 pages, 490 MB at 1,000 concepts. Each distinct policy is kept once, copied.
  const policies = new Map<string, string>();
  const ownCopy = (csp: string | undefined) => {
    if (csp === undefined) return undefined;
    let kept = policies.get(csp);
    if (kept === undefined) policies.set((kept = Buffer.from(csp).toString()), kept);
    return kept;
  };
  let stopCollecting = () => {};
  return {
    name: 'playbook:security-headers',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
        if (command === 'build') addPageCapture(addMiddleware);
      },
      'astro:build:start': () => {
        stopCollecting = collectPages({ add: (pathname, html) => rendered.set(pathWithoutBase(pathname, base), ownCopy(metaCsp(html))) });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        stopCollecting();
        const siteDir = fileURLToPath(dir);
        const pages: PageCsp[] = [];
        for (const page of [...(await htmlPages(siteDir, assets)), '404.html']) {
          const path = page === '404.html' ? '/404.html' : pageUrl(page);
          const csp = rendered.has(path) ? rendered.get(path) : metaCsp(await readFile(join(siteDir, page), 'utf8').catch(() => ''));
          if (csp) pages.push({ path, csp });
        }
        rendered.clear();
        policies.clear();
        const text = headersFile(pages, { base, private: !resolvePlaybookConfig().public });
        await writeFile(join(siteDir, '_headers'), text);
        logger.info(`_headers written: security headers for every file, the CSP of ${pages.length} pages.`);
      },
    },
  };
}

export interface PageCsp {
  /** Site path without the base ("/concepts/x/"). */
  path: string;
  /** The policy of the page's meta tag, as Astro generated it. */
  csp: string;
}

/** The content of a page's `<meta http-equiv="content-security-policy">`, entities decoded. */
export function metaCsp(html: string): string | undefined {
  // The tag is in the head: the rest of a page (tens of KB) is never searched.
  const headEnd = html.indexOf('</head>');
  const head = headEnd < 0 ? html : html.slice(0, headEnd);
  const tag = head.match(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  const content = tag?.match(/\scontent="([^"]*)"/i)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A meta-tag policy as a header: normalised separators, plus what only a header can say. */
export function headerCsp(csp: string): string {
  const directives = csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors\b/.test(d));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Headers for every file of the site. */
export function commonHeaders(options: { private: boolean }): [string, string][] {
  return [
    // Two years, subdomains included: the value hstspreload.org asks for.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    // Links to other sites carry no path of the playbook (which can name a customer).
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    // For browsers without CSP frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ...(options.private ? ([['X-Robots-Tag', 'noindex, nofollow']] as [string, string][]) : []),
  ];
}

/** The `_headers` file: the common block, the service worker's own CSP, one CSP block per page. */
export function headersFile(pages: readonly PageCsp[], options: { base: string; private: boolean }): string {
  const at = (path: string) => `${options.base.replace(/\/+$/, '')}${path}`;
  const block = (path: string, headers: [string, string][]) =>
    `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const blocks = [
    block(at('/*'), commonHeaders(options)),
    // The service worker's fetches are governed by the CSP of sw.js itself; it needs only 'self'.
    block(at('/sw.js'), [
      ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
      ['Cache-Control', 'no-cache'],
    ]),
    ...pages.map((page) => block(at(page.path), [['Content-Security-Policy', headerCsp(page.csp)]])),
  ];
  return `# Written by the build (src/integrations/security-headers.ts); do not edit.\n${blocks.join('\n')}`;
}
