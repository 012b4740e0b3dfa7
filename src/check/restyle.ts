/**
 * A change that rewrites most of a list's entries is one of two things. Either it restyles the list:
 * the entries agree on a new form, which is the maintainer's call to take or refuse, not a nit on
 * each of hundreds of entries (a table turned into bullets, every title's period dropped). Or it
 * breaks the list: the entries no longer agree on what they agreed on before, and each is held to the
 * base version. A rule the contribution guide writes down holds either way.
 */
import type { Convention } from '../grammar/convention.js';
import type { TraitEvidence } from '../grammar/learn.js';

/** What the rules are held to: a convention, its evidence, and the grammar that goes with it. */
export interface HouseStyle<G> {
  readonly convention: Convention;
  readonly evidence: TraitEvidence;
  readonly grammar: G;
}

/** The trait each written rule fixes: the guide's word holds even when the whole list moves away. */
const WRITTEN_TRAIT: Record<Convention['writtenRules'][number], keyof Convention> = {
  'blank-line': 'blankLineBeforeAuthors',
  'arxiv-abs': 'arxivLink',
  'badge-missing': 'badges',
};

/**
 * Whether the entries a change wrote keep every trait the base kept clearly: a trait is lost when
 * they show it and disagree on it (no clear majority). A trait they do not show at all (no bold
 * title left to punctuate) is not lost: the new form simply has no such part.
 */
export function keepsItsConsistency<G>(before: HouseStyle<G>, after: HouseStyle<G>): boolean {
  return (Object.keys(before.convention) as (keyof Convention)[]).every((trait) => {
    const shown = after.evidence[trait];
    const disagree = shown !== undefined && shown.agree < shown.of;
    return before.convention[trait] === null || after.convention[trait] !== null || !disagree;
  });
}

/**
 * The style a change that rewrote most entries is held to. When the entries it wrote agree among
 * themselves as clearly as the base's entries did, it restyles the list: what it changed is the
 * maintainer's call, so a trait the base and the new entries hold differently is not enforced (a
 * restyle never makes a demand the list did not make before, nor keeps one it dropped), and the new
 * entries' own grammar is the one to follow. Traits both agree on, and written rules, still hold.
 * Otherwise the base holds.
 */
export function styleAfterSweep<G>(before: HouseStyle<G>, after: HouseStyle<G>): HouseStyle<G> {
  if (!keepsItsConsistency(before, after)) return before;
  const written = new Set(before.convention.writtenRules.map((rule) => WRITTEN_TRAIT[rule]));
  const convention = Object.fromEntries(
    (Object.keys(before.convention) as (keyof Convention)[]).map((trait) => {
      const held = before.convention[trait];
      const agreed = written.has(trait) || JSON.stringify(held) === JSON.stringify(after.convention[trait]);
      return [trait, agreed || trait === 'writtenRules' ? held : null];
    }),
  ) as unknown as Convention;
  return { ...after, convention };
}
