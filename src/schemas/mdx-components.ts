/**
 * The components a Markdown or MDX body may use, with every prop and its allowed values. This
 * is the one list: the body check (rule mdx-safe and the build's guard) accepts exactly these,
 * the components type their props from it, and the authoring guide can print it. A body never
 * imports them: src/components/mdx/Body.astro renders them where the body names them.
 */

export interface MdxPropSpec {
  /** What the prop does, for authors. */
  readonly description: string;
  /** The values the prop accepts, each with what it means; absent for free text. */
  readonly values?: Readonly<Record<string, string>>;
  /** The value used when the prop is left out. */
  readonly default?: string;
}

export interface MdxComponentSpec {
  /** What the component is for, for authors. */
  readonly description: string;
  readonly props: Readonly<Record<string, MdxPropSpec>>;
}

export const mdxComponentSpecs = {
  Callout: {
    description: 'A box set apart from the story: a tip for the salesperson, a warning, or internal-only material.',
    props: {
      kind: {
        description: 'What sort of box it is.',
        values: {
          tip: 'a tip for the salesperson',
          warning: 'something to watch out for',
          internal: 'internal-only material, marked INTERNAL like the negotiation guardrails',
        },
        default: 'tip',
      },
      title: { description: 'The heading of the box; without it the box is headed "Tip", "Watch out" or "Internal".' },
    },
  },
  TalkTrack: {
    description: 'Words to say to the customer, set apart as a script.',
    props: {
      title: { description: 'The heading of the script; without it, "Talk track".' },
    },
  },
  Quote: {
    description:
      'Quotes the playbook in a lesson: the current text of an argument or objection of a concept, so training never drifts from what the field uses.',
    props: {
      concept: { description: 'Id of the concept (its file name), e.g. "scrap-to-savings".' },
      item: { description: 'Id of an argument or objection of that concept.' },
    },
  },
} as const satisfies Record<string, MdxComponentSpec>;

export type MdxComponentName = keyof typeof mdxComponentSpecs;

/** Whether a name written in a body is one of the playbook's components. */
export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentSpecs, name);
}

/** The names of the components, as written in a body: `<Callout>`. */
export const mdxComponentNames = Object.keys(mdxComponentSpecs) as MdxComponentName[];

/** The values `<Callout kind>` accepts. */
export type CalloutKind = keyof typeof mdxComponentSpecs.Callout.props.kind.values;
