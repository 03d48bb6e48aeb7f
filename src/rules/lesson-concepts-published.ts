import { isPublishedStatus } from '../lib/published.ts';
import { byId } from './content-walk.ts';
import { quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/** Lessons train on what the field uses: a lesson's concepts are published (pilot or live). */
export const lessonConceptsPublished: Rule = {
  id: 'lesson-concepts-published',
  defaultSeverity: 'error',
  fix: 'Refer the lesson to a published concept (not a draft), or publish the concept first.',
  description: 'The concepts a lesson refers to are published (not drafts); a missing one is reported by references-exist.',
  translations: {
    nl: {
      description:
        'De concepten waarnaar een les verwijst, zijn gepubliceerd (geen conceptversie); een concept dat ontbreekt, meldt references-exist.',
      fix: 'Laat de les verwijzen naar een gepubliceerd concept (geen conceptversie), of publiceer het concept eerst.',
    },
  },
  check({ content, settings }) {
    const concepts = byId(content, 'concepts');
    const findings: RuleFinding[] = [];
    for (const lesson of content.lessons) {
      lesson.data.concepts.forEach((ref, i) => {
        const target = concepts.get(ref.id);
        if (!target || isPublishedStatus(target.data.status, settings.showDrafts)) return;
        findings.push({
          entry: lesson,
          path: ['concepts', i],
          message: `Refers to ${quote(ref.id)}, which is a ${target.data.status} concept; lessons train on published concepts only. Refer to a published concept, or publish this one first.`,
        });
      });
    }
    return findings;
  },
};
