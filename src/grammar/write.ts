/**
 * A new entry's slot values, from what is known of the paper (an arXiv record, the user's badges):
 * the paper link in the list's arXiv form, "et al." where the list abbreviates, and every piece of
 * text escaped so it renders as the text it is.
 */
import type { Grammar } from './grammar.js';
import type { LabelledUrl, SlotValues } from './template.js';

export interface NewPaper {
  readonly id: string;
  /** `v2`, or empty for none. */
  readonly version: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly venue: string | undefined;
  readonly year: string | undefined;
  readonly links?: readonly LabelledUrl[];
  readonly badges?: readonly LabelledUrl[];
  /** The item's number, in a numbered list. */
  readonly n?: string;
}

/** The list's arXiv link for an id, in its own form (abstract page by default). */
export function arxivLink(grammar: Grammar, id: string, version: string): string {
  const form = grammar.arxivUrl ?? 'https://arxiv.org/abs/{id}';
  return form.replace('{id}', id).replace('{v}', version || '');
}

/**
 * Text from a record as it must stand in a list: markdown, HTML and mentions shown as the
 * characters they are. Backslash escapes render as the character; `@` gets a zero-width joiner
 * so GitHub does not ping the name.
 */
export function plainText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`)
    .replace(/@(?=\w)/g, '@\u2060');
}

export function newEntryValues(grammar: Grammar, paper: NewPaper): SlotValues {
  const abbreviate = grammar.etAlAfter !== undefined && paper.authors.length > grammar.etAlAfter;
  const names = (abbreviate ? paper.authors.slice(0, grammar.etAlAfter) : paper.authors).map(plainText);
  return {
    n: paper.n ?? '1',
    title: plainText(paper.title),
    venue: paper.venue === undefined ? undefined : plainText(paper.venue),
    year: paper.year,
    authors: { names, etAl: abbreviate },
    paper: arxivLink(grammar, paper.id, paper.version),
    links: paper.links ?? [],
    badges: paper.badges ?? [],
  };
}
