/**
 * The page `astro dev` serves in place of one that failed to render while the content has
 * errors (src/integrations/content-errors-middleware.ts): the checker's errors, each as
 * `file:line:col  rule  field  message`, in the page's language. Plain HTML with a few lines of
 * its own style and none of the site's, so it works whatever broke.
 */
import type { CheckResult } from '../checker/check.ts';
import { formatFindingLine } from '../checker/format.ts';
import { t, tf } from '../lib/i18n.ts';
import { localeFromPath } from '../lib/locale.ts';

/** The most errors listed; the terminal and `npm run check:content` have them all. */
const shown = 20;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** `reloadScript`: Vite's client, so the page reloads itself once the author saves a fix. */
export function contentErrorsHtml(result: CheckResult, pathname: string, reloadScript?: string): string {
  const lang = localeFromPath(pathname);
  const errors = result.findings.filter((f) => f.severity === 'error');
  const items = errors.slice(0, shown).map((f) => `<li><code>${escape(formatFindingLine(f))}</code></li>`);
  const more = errors.length > shown ? `<p>${escape(tf('devErrors.more', { count: errors.length - shown }, lang))}</p>` : '';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('devErrors.title', lang))}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.5rem;line-height:1.25}li{margin:.75rem 0}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>${reloadScript ? `<script type="module" src="${escape(reloadScript)}"></script>` : ''}</head>
<body>
<main>
<h1>${escape(t('devErrors.title', lang))}</h1>
<p>${escape(t('devErrors.lead', lang))}</p>
<ul>
${items.join('\n')}
</ul>
${more}
</main>
</body>
</html>
`;
}

export function contentErrorsPage(result: CheckResult, pathname: string, reloadScript?: string): Response {
  return new Response(contentErrorsHtml(result, pathname, reloadScript), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
