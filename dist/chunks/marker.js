/**
 * What a paperlint review's body starts with. Apart from review/plan.ts, which writes reviews, so
 * the Action's start need not load the engine that module brings with it.
 */
const REVIEW_MARKER = '<!-- paperlint review -->';

export { REVIEW_MARKER as R };
