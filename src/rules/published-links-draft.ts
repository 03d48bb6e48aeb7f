import { isPublishedStatus } from '../lib/published.ts';
import { allEntries, byId, refsIn } from './content-walk.ts';
import { quote } from '../lib/text.ts';
import type { Entry, Rule, RuleFinding } from './types.ts';

export const publishedLinksDraft: Rule = {
  id: 'published-links-draft',
  defaultSeverity: 'warning',
  fix: 'Publish the draft (pilot or live) or refer to a published concept instead.',
  description: 'A published entry does not refer to a draft; such a link is left out of the site.',
  translations: {
    nl: {
      description: 'Een gepubliceerd item verwijst niet naar een conceptversie; zo’n verwijzing laat de site weg.',
      fix: 'Publiceer de conceptversie (als pilot of live) of verwijs naar een concept dat al gepubliceerd is.',
    },
  },
  check({ content, settings }) {
    const concepts = byId(content, 'concepts');
    const published = (entry: Entry) =>
      entry.collection !== 'concepts' ||
      isPublishedStatus((entry as (typeof content.concepts)[number]).data.status, settings.showDrafts);
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      if (!published(entry)) continue;
      for (const { ref, path } of refsIn(entry.data)) {
        if (ref.collection !== 'concepts') continue;
        const target = concepts.get(ref.id);
        if (!target || published(target)) continue;
        findings.push({
          entry,
          path,
          message:
            `Refers to ${quote(ref.id)}, which is still a draft; the published page leaves this link out. ` +
            'Move that concept to pilot or live, or refer to a published concept.',
        });
      }
    }
    return findings;
  },
};
