import { describe, expect, it } from 'vitest';
import { editLinks } from '../../src/lib/edit-links.ts';

const root = '/repo';
const config = { repositoryUrl: 'https://github.com/meridian-metrology/playbook', editBranch: 'main', contentDir: 'content' };
const concept = {
  collection: 'concepts',
  id: 'scrap-to-savings',
  filePath: 'content/concepts/scrap-to-savings.mdx',
  title: 'Scrap to savings',
};

describe('editLinks', () => {
  it('points the editor at the entry file on the edit branch', () => {
    expect(editLinks(config, concept, root, 'en')).toEqual({
      file: 'content/concepts/scrap-to-savings.mdx',
      edit: 'https://github.com/meridian-metrology/playbook/edit/main/content/concepts/scrap-to-savings.mdx',
      suggest:
        'https://github.com/meridian-metrology/playbook/issues/new?title=Change+request%3A+Scrap+to+savings&body=File%3A+content%2Fconcepts%2Fscrap-to-savings.mdx%0A%0AWhat+should+change%2C+and+why%3F%0A',
    });
  });

  it('keeps the real extension and a configured content folder', () => {
    const links = editLinks(
      { ...config, contentDir: 'playbook', editBranch: 'release/2026' },
      { collection: 'products', id: 'lm-400', filePath: 'playbook/products/lm-400.yml', title: 'LineMeter LM-400' },
      root,
      'en',
    );
    expect(links?.edit).toBe('https://github.com/meridian-metrology/playbook/edit/release/2026/playbook/products/lm-400.yml');
  });

  it('falls back to the collection folder when the entry has no file path', () => {
    expect(editLinks(config, { ...concept, filePath: undefined }, root, 'en')?.file).toBe('content/concepts/scrap-to-savings.mdx');
    expect(editLinks(config, { collection: 'personas', id: 'quality-manager', title: 'Quality manager' }, root, 'en')?.file).toBe(
      'content/personas/quality-manager.yaml',
    );
  });

  it('accepts an absolute file path inside the repository and a trailing slash on the URL', () => {
    const links = editLinks(
      { ...config, repositoryUrl: 'https://github.com/acme/playbook/' },
      { ...concept, filePath: '/repo/content/concepts/scrap-to-savings.mdx' },
      root,
      'en',
    );
    expect(links?.edit).toBe('https://github.com/acme/playbook/edit/main/content/concepts/scrap-to-savings.mdx');
  });

  it('gives no links without a repository or for files outside it', () => {
    expect(editLinks({ ...config, repositoryUrl: undefined }, concept, root, 'en')).toBeUndefined();
    expect(editLinks(config, { ...concept, filePath: '/tmp/fixture/concepts/a.mdx' }, root, 'en')).toBeUndefined();
  });
});
