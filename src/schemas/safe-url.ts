/**
 * Which link and image addresses content may use: a relative path (a page or file of the site),
 * `http:`/`https:` or `mailto:`. Judged on the address as a browser reads it: character
 * references decoded and control characters and whitespace removed, so `java&#9;script:` and
 * "\u0001javascript:" are what they are.
 */

/** The schemes a link may use; anything without a scheme is a relative path. */
export const allowedUrlSchemes = ['http', 'https', 'mailto'] as const;

export const allowedUrlsText = 'a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address';

const namedReferences: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', amp: '&', nbsp: ' ', period: '.',
  lpar: '(', rpar: ')', quot: '"', apos: "'", num: '#', excl: '!', semi: ';', lt: '<', gt: '>',
};

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (match, dec?: string, hex?: string, name?: string) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0x10ffff ? '' : String.fromCodePoint(code);
    return namedReferences[name!.toLowerCase()] ?? match;
  });
}

/**
 * The address as a browser would judge it, made stricter: references decoded until nothing
 * changes, then every control character, whitespace and invisible character removed.
 */
export function normalizeUrl(raw: string): string {
  let text = raw;
  for (let i = 0; i < 5; i++) {
    const decoded = decodeReferences(text);
    if (decoded === text) break;
    text = decoded;
  }
  // C0 and C1 controls, DEL, every Unicode space and the zero-width characters.
  return text.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u2064\ufeff\s]/g, '');
}

/** Why an address may not be used, as a phrase for a message; undefined when it is fine. */
export function urlProblem(raw: string): string | undefined {
  const url = normalizeUrl(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Browsers read a backslash as a slash, so "/\evil.example" is another site too.
    if (/^[/\\]{2}/.test(url)) {
      return `${JSON.stringify(raw)} starts with "//", which leads to another site (a protocol-relative address)`;
    }
    return undefined;
  }
  if ((allowedUrlSchemes as readonly string[]).includes(scheme)) return undefined;
  const what =
    scheme === 'javascript' || scheme === 'vbscript'
      ? 'which runs code in the reader\'s browser'
      : scheme === 'data'
        ? 'which carries a whole file or page inside the link'
        : 'which the playbook does not allow';
  return `${JSON.stringify(raw)} is a \`${scheme}:\` address, ${what}`;
}

/**
 * Why an image address may not be used, as a phrase for a message; undefined when it is fine.
 * On top of `urlProblem`: the pages' security policy (`img-src 'self' data:`) shows images from
 * the site itself only, so an image on another site would never appear.
 */
export function imageUrlProblem(raw: string): string | undefined {
  const problem = urlProblem(raw);
  if (problem) return problem;
  const url = normalizeUrl(raw);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return `${JSON.stringify(raw)} is on another site, and the playbook's pages show only images of the site itself (their security policy blocks the others), so it would never appear`;
  }
  return undefined;
}

export const allowedImagesText = 'a path on the site: put the image in public/ (like public/assets/diagram.png) and write its path from there (/assets/diagram.png)';
