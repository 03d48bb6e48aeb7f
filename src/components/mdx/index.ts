/**
 * The playbook's MDX components. Pages pass them to `<Content components={…} />`, so bodies
 * use them without importing (a body may not import anything, rule mdx-safe). Their props and
 * allowed values are listed once in src/schemas/mdx-components.ts.
 */
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import Callout from './Callout.astro';
import TalkTrack from './TalkTrack.astro';
import Quote from './Quote.astro';
import BodyH3 from './BodyH3.astro';
import BodyH4 from './BodyH4.astro';

export { Callout, TalkTrack, Quote };

/** Every component a body may use, by the name it is written with (the names of mdxComponentSpecs). */
export const mdxComponents = { Callout, TalkTrack, Quote } satisfies Record<MdxComponentName, unknown>;

/** Element overrides for bodies rendered inside a page section: `##` becomes h3, `###` h4. */
export const nestedHeadings = { h2: BodyH3, h3: BodyH4 };
