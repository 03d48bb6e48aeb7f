/**
 * The playbook's MDX components: the only import source concept bodies may use
 * (`~/components/mdx`, rule mdx-safe). Concept pages pass them to `<Content components={…} />`,
 * so bodies use them without importing.
 */
import Callout from './Callout.astro';
import TalkTrack from './TalkTrack.astro';
import BodyH3 from './BodyH3.astro';
import BodyH4 from './BodyH4.astro';

export { Callout, TalkTrack };

/** Every component a concept body may use, by the name it is written with. */
export const mdxComponents = { Callout, TalkTrack };

/** Element overrides for bodies rendered inside a page section: `##` becomes h3, `###` h4. */
export const nestedHeadings = { h2: BodyH3, h3: BodyH4 };
