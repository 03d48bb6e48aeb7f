/**
 * The customer hand-out in the browser: fetches the concept's customer-safe data file (and
 * nothing else), works out the view in the hand-out's language (handout-view.ts) and renders it
 * as text nodes. The language is chosen on the page, independently of the interface's.
 */
import type { HandoutFile } from '../../lib/brief-data.ts';
import { briefParams, handoutAnchor } from '../../lib/brief-link.ts';
import { handoutText, handoutView, type HandoutKey, type HandoutTexts, type HandoutView } from '../../lib/handout-view.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import { copyText, fill, h } from './dom.ts';

interface HandoutConfig {
  lang: string;
  languages: string[];
  dataBase: string;
  base: string;
  briefHref: string;
  /** Whether the customer can open the playbook's links (a public playbook). */
  links: boolean;
  strings: Record<'handout.missing' | 'handout.loadFailed' | 'prepare.copied' | 'prepare.copyFailed' | 'translation.fallback', string>;
  languageNames: Record<string, string>;
  texts: Record<string, HandoutTexts>;
}

const page = document.querySelector<HTMLElement>('[data-handout-page]');
const configText = page?.querySelector('[data-handout-config]')?.textContent;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The parameters of the visit brief that the hand-out link carries back. */
const briefKeys = new Set<string>(briefParams);

async function start(page: HTMLElement, config: HandoutConfig): Promise<void> {
  for (const note of page.querySelectorAll<HTMLElement>('[data-nojs]')) note.hidden = true;
  const params = new URLSearchParams(location.search);
  const article = page.querySelector<HTMLElement>('[data-handout]')!;
  const status = page.querySelector<HTMLElement>('[data-handout-status]')!;
  const select = page.querySelector<HTMLSelectElement>('[data-handout-lang]')!;
  const copy = page.querySelector<HTMLButtonElement>('[data-handout-copy]')!;
  const printButton = page.querySelector<HTMLButtonElement>('[data-handout-print]')!;
  const say = (key: keyof HandoutConfig['strings']) => config.strings[key];
  const concept = params.get('concept') ?? '';
  const hl = params.get('hl') ?? '';
  let lang = config.languages.includes(hl) ? hl : config.lang;
  select.value = lang;
  const back = page.querySelector<HTMLAnchorElement>('[data-handout-back]');
  if (back && slug.test(concept)) {
    // The brief's own parameters, and only those: the visit, the concept, the offer, the customer's
    // figures; the anchor brings the reader back to the hand-out section.
    const brief = new URLSearchParams();
    for (const [key, value] of params) {
      if (briefKeys.has(key) || key.startsWith('v.')) brief.append(key, value);
    }
    if (hl && hl !== config.lang) brief.set('hl', hl);
    back.href = `${config.briefHref}?${brief.toString()}#${handoutAnchor}`;
  }
  if (!slug.test(concept)) {
    article.replaceChildren(h('p', { class: 'card p-4 text-ink' }, say('handout.missing')));
    return;
  }
  const inputs: Record<string, string> = {};
  const typical: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith('v.')) inputs[key.slice(2)] = value.slice(0, 32);
    if (key.startsWith('tv.')) typical[key.slice(3)] = value.slice(0, 32);
  }
  const request = { offer: params.get('offer') ?? undefined, customer: (params.get('customer') ?? '').slice(0, 80), inputs, typical };
  let view: HandoutView | undefined;
  const load = async () => {
    try {
      const response = await fetch(`${config.dataBase}handout/${lang}/${concept}.json`);
      if (response.status === 404) {
        article.replaceChildren(h('p', { class: 'card p-4 text-ink' }, say('handout.missing')));
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const file = (await response.json()) as HandoutFile;
      // A concept without a translation comes in its own language: the whole hand-out is
      // written in it (headings, numbers, dates), and the salesperson is told why.
      const written = file.lang !== lang && config.texts[file.lang] ? file.lang : lang;
      status.textContent = written === lang
        ? ''
        : fillTemplate(say('translation.fallback'), { language: config.languageNames[lang] ?? lang, original: config.languageNames[written] ?? written });
      const texts = config.texts[written]!;
      view = handoutView(file, request, written, texts, `${location.origin}${config.base}`);
      render(article, view, texts);
      const attach = page.querySelector<HTMLElement>('[data-handout-attach]');
      if (attach) attach.hidden = view.documents.length === 0;
      copy.hidden = false;
      printButton.hidden = false;
    } catch {
      article.replaceChildren(h('p', { role: 'alert', class: 'card p-4 text-bad' }, say('handout.loadFailed')));
    }
  };
  select.addEventListener('change', () => {
    lang = select.value;
    params.set('hl', lang);
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
    void load();
  });
  copy.addEventListener('click', () => {
    if (view) void copyText(handoutText(view, config.texts[view.lang]!, config.links), status, say('prepare.copied'), say('prepare.copyFailed'));
  });
  printButton.addEventListener('click', () => window.print());
  await load();
}

function render(article: HTMLElement, view: HandoutView, texts: HandoutTexts): void {
  const say = (key: HandoutKey) => texts[key];
  const heading = (text: string) => h('h2', { class: 'text-lg font-semibold text-ink' }, text);
  article.setAttribute('lang', view.lang);
  fill(
    article,
    h('header', { class: 'grid gap-1' },
      view.preparedFor ? h('p', { class: 'label', 'data-prepared-for': '' }, view.preparedFor) : null,
      h('h2', { class: 'text-2xl font-bold tracking-tight text-ink' }, view.title),
      h('p', { class: 'text-lg text-muted' }, view.tagline),
    ),
    h('p', { class: 'text-ink' }, view.summary),
    h('div', { class: 'grid gap-4 sm:grid-cols-2' },
      h('section', {}, heading(say('handout.problem')), h('p', { class: 'mt-1 text-ink' }, view.problem)),
      h('section', {}, heading(say('handout.outcome')), h('p', { class: 'mt-1 text-ink' }, view.outcome)),
    ),
    view.claims.length > 0
      ? h('section', {}, heading(say('handout.benefits')), h('ul', { class: 'mt-1 grid gap-2' }, view.claims.map((c) =>
          h('li', { class: 'text-ink' }, h('strong', {}, c.claim), c.benefit ? ` ${c.benefit}` : '', h('sup', {}, h('a', { href: `#handout-note-${c.note}`, class: 'link' }, `[${c.note}]`)),
            // The playbook's worked example, labelled so it is not read as the customer's figures.
            c.example ? h('span', { class: 'block text-sm text-muted', 'data-handout-example': '' }, h('span', { class: 'font-semibold' }, `${say('handout.example')}:`), ` ${c.example}`) : null,
          ),
        )))
      : null,
    view.offer
      ? h('section', { class: 'card p-4 print:border-black print:p-3' },
          heading(`${say('handout.offer')}: ${view.offer.name}`),
          h('p', { class: 'mt-1 text-ink' }, view.offer.pitch),
          h('p', { class: 'mt-2 text-xl font-bold text-ink tabular-nums' }, view.offer.priceLines.join(' + ')),
          view.offer.term ? h('p', { class: 'text-sm text-ink' }, view.offer.term) : null,
          h('p', { class: 'mt-1 text-sm text-muted' }, `${say('handout.contains')}: ${view.offer.contains.join(', ')}`),
        )
      : view.offerMissing ? h('p', { class: 'card p-4 text-ink' }, say('handout.offerMissing')) : null,
    view.payback
      ? h('section', {}, heading(say('handout.payback')),
          h('p', { class: 'mt-1 text-xl font-bold text-ink', 'data-handout-payback': '' }, view.payback.text),
          h('p', { class: 'text-sm text-ink' }, `${say('handout.yearly')}: ${view.payback.yearly}`),
          h('ul', { class: 'text-sm text-muted' }, view.payback.basis.map((line) => h('li', {}, line))),
          h('h3', { class: 'mt-2 text-sm font-semibold text-ink' }, say('handout.figures')),
          h('ul', { class: 'grid gap-0.5 text-sm text-ink print:grid-cols-2 print:gap-x-6' }, view.payback.figures.map((f) => h('li', {}, `${f.label}: ${f.value} (${say(f.source === 'yours' ? 'handout.yours' : 'handout.typical')})`))),
        )
      : null,
    view.notes.length > 0
      ? h('section', {}, heading(say('handout.proof')), h('ol', { class: 'mt-1 grid gap-1 text-sm text-ink' }, view.notes.map((n) =>
          h('li', { id: `handout-note-${n.note}` }, `[${n.note}] `, h('strong', {}, n.customer), `: ${n.result}`, n.quote ? ` “${n.quote}”` : ''),
        )))
      : null,
    view.documents.length > 0
      ? h('section', {}, heading(say('handout.documents')), h('ul', { class: 'mt-1 text-sm print:grid print:grid-cols-2 print:gap-x-6' }, view.documents.map((d) => h('li', {}, h('a', { href: d.href, class: 'link tap print:min-h-0' }, d.title)))))
      : null,
    h('p', { class: 'border-t border-line pt-2 text-sm text-muted print:break-before-avoid', 'data-handout-terms': '' }, [view.offer?.validUntil, say('handout.vat'), say('handout.notBinding')].filter(Boolean).join(' ')),
  );
}

// Started last, once every declaration of this module is in place.
if (page && configText) void start(page, JSON.parse(configText) as HandoutConfig);
