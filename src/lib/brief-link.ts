/**
 * What the visit brief's URL and the hand-out's "Back to the brief" link share, in a module of
 * its own so the hand-out page does not load the brief's state code (brief-state.ts) for it.
 */

/** The brief's own query parameters besides the figures (`v.<input>`) and the hand-out's language. */
export const briefParams = ['industry', 'persona', 'competitor', 'owns', 'concept', 'customer', 'offer'] as const;

/** The id of the brief's hand-out section: the hand-out's way back returns there. */
export const handoutAnchor = 'brief-handout';
