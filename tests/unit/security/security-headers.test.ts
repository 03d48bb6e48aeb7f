import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, metaCsp } from '../../../src/integrations/security-headers.ts';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-AbC+/=' ; style-src 'self' 'sha256-x='">`;

describe('security headers', () => {
  it('reads the policy Astro wrote into the page, hashes included', () => {
    expect(metaCsp(`<head>${meta}</head>`)).toBe("default-src 'self';script-src 'self' 'sha256-AbC+/=' ; style-src 'self' 'sha256-x='");
    expect(metaCsp('<head></head>')).toBeUndefined();
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe("default-src 'self'");
  });

  it('adds frame-ancestors, which only a header can carry, once', () => {
    expect(headerCsp("default-src 'self';script-src 'self' 'sha256-a=';")).toBe("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'");
    expect(headerCsp("default-src 'self'; frame-ancestors *")).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('writes the common headers once and the CSP in one block per page, under the base', () => {
    const text = headersFile([{ path: '/concepts/x/', csp: "default-src 'self'" }], { base: '/playbook/', private: true });
    expect(text).toContain('/playbook/*\n  Strict-Transport-Security: max-age=63072000; includeSubDomains\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n');
    expect(text).toContain('  Permissions-Policy: camera=()');
    expect(text).toContain('  X-Robots-Tag: noindex, nofollow');
    expect(text).toContain("/playbook/concepts/x/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(text).toContain("/playbook/sw.js\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    // Hosts join a header set by several matching blocks; the CSP must never be in the /* block.
    const common = text.split('\n\n')[0] ?? '';
    expect(common).not.toContain('Content-Security-Policy');
  });

  it('a public playbook is not marked noindex by header', () => {
    expect(headersFile([], { base: '/', private: false })).not.toContain('X-Robots-Tag');
  });
});
