/**
 * "Today" for this build. Pages compare review dates and battlecard ages with it; it is read
 * once here, at the edge, so the logic in review.ts stays a pure function of its inputs.
 */
export const buildDate: Date = new Date();
