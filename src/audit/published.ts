/**
 * Where a paper appeared, when a source says so for certain. Pure.
 *
 * - arXiv's journal reference naming a known venue and year (`ICLR 2022`, `Findings of EMNLP 2023`);
 *   its comment is not enough (`extended version of our ICLR paper`, `submitted to ...`).
 * - A DOI that names its venue and year: the ACL Anthology's (`10.18653/v1/2023.acl-long.1`,
 *   `P19-1001`), IEEE's for CVF conferences (`10.1109/CVPR.2019.00123`), AAAI's
 *   (`10.1609/aaai.v33i01.…`, volume 33 is 2019).
 * - Semantic Scholar: its DOI or ACL Anthology id as above, or a DBLP key whose venue agrees with the
 *   venue Semantic Scholar names (`conf/iclr/…22` for a paper at `ICLR`), and never a workshop.
 *
 * Any other DOI or journal reference still says the paper appeared, only not where in a form the
 * list writes: it is reported, and left to the maintainer.
 */
import { VENUES, venueIn, type PaperRecord } from '../arxiv/record.js';
import type { ScholarPaper } from '../scholar/client.js';

export interface Publication {
  /** The venue as paperlint names it: `ICLR`, `NeurIPS`, `Findings of EMNLP`. */
  readonly venue: string;
  readonly year: number;
  /** Where this was read, for the report: `arXiv 2106.09685v2: journal reference "ICLR 2022"`. */
  readonly source: string;
}

/** A source that says the paper appeared, but not where in a form a list writes. */
export interface Appearance {
  readonly venue: undefined;
  readonly source: string;
}

const CANONICAL = new Map<string, string>([
  ...VENUES.map((venue) => [venue.toLowerCase(), venue] as const),
  ['nips', 'NeurIPS'],
]);

/** A venue name as paperlint writes it, when it is one of the venues it knows (`nips` is NeurIPS). */
export function knownVenue(name: string): string | undefined {
  return CANONICAL.get(name.trim().toLowerCase());
}

/** `ICLR 2022`, `Findings of EMNLP 2023` (as venueIn writes them) read back into venue and year. */
function splitVenue(text: string): { venue: string; year: number } | undefined {
  const match = /^(.*) ((?:19|20)\d{2})$/.exec(text);
  return match ? { venue: match[1], year: Number(match[2]) } : undefined;
}

/** The ACL Anthology's letters for the venues of its old ids (`P19-1001`). */
const ANTHOLOGY_LETTERS: Readonly<Record<string, string>> = {
  P: 'ACL',
  D: 'EMNLP',
  N: 'NAACL',
  E: 'EACL',
  K: 'CoNLL',
  C: 'COLING',
  Q: 'TACL',
};

/** The volumes of a modern Anthology id that are the main conference (not demos, workshops, tutorials). */
const MAIN_VOLUME = /^(?:long|short|main|\d+)$/;

/** A two-digit year of an identifier, in the century that makes it no later than next year. */
function fullYear(twoDigits: string, now = new Date()): number {
  const year = 2000 + Number(twoDigits);
  return year <= now.getFullYear() + 1 ? year : year - 100;
}

/**
 * An ACL Anthology id naming a main conference or journal and its year: `2023.acl-long.1`,
 * `2023.findings-emnlp.12`, or old style `P19-1001` (volume 1, the main papers).
 */
export function anthologyVenue(id: string): { venue: string; year: number } | undefined {
  const modern = /^(\d{4})\.(findings-)?([a-z]+)(?:-([a-z0-9]+))?\.\d+$/i.exec(id.trim());
  if (modern) {
    const [, year, findings, code, volume] = modern;
    const venue = knownVenue(code);
    const main = findings ? volume === undefined : volume !== undefined && MAIN_VOLUME.test(volume);
    if (!venue || !main) return undefined;
    return { venue: findings ? `Findings of ${venue}` : venue, year: Number(year) };
  }
  const old = /^([A-Z])(\d{2})-1\d{3}$/.exec(id.trim());
  const venue = old ? ANTHOLOGY_LETTERS[old[1]] : undefined;
  return old && venue ? { venue, year: fullYear(old[2]) } : undefined;
}

/** A DOI that names its venue and year. */
export function doiVenue(doi: string): { venue: string; year: number } | undefined {
  const anthology = /^10\.18653\/v1\/(.+)$/i.exec(doi.trim());
  if (anthology) return anthologyVenue(anthology[1]);
  const ieee = /^10\.1109\/([A-Z]+)\d*\.((?:19|20)\d{2})\./.exec(doi.trim());
  const ieeeVenue = ieee ? knownVenue(ieee[1]) : undefined;
  if (ieee && ieeeVenue) return { venue: ieeeVenue, year: Number(ieee[2]) };
  const aaai = /^10\.1609\/aaai\.v(\d+)i/i.exec(doi.trim());
  // AAAI's proceedings volume 33 is AAAI-19: the volume counts from 1986.
  if (aaai) return { venue: 'AAAI', year: 1986 + Number(aaai[1]) };
  return undefined;
}

/** arXiv's own DOIs (10.48550/arXiv.…) name the preprint, not a publication. */
const ARXIV_DOI = /^10\.48550\//i;

/** Where arXiv's record says the paper appeared; undefined when it says nothing of it. */
export function recordPublication(record: PaperRecord): Publication | Appearance | undefined {
  const name = `arXiv ${record.id}${record.version}`;
  if (record.journalRef) {
    const named = venueIn(record.journalRef);
    const split = named ? splitVenue(named) : undefined;
    const source = `${name}: journal reference "${record.journalRef}"`;
    if (split) return { ...split, source };
  }
  if (record.doi && !ARXIV_DOI.test(record.doi)) {
    const named = doiVenue(record.doi);
    const source = `${name}: DOI ${record.doi}`;
    if (named) return { ...named, source };
  }
  if (record.journalRef)
    return { venue: undefined, source: `${name}: journal reference "${record.journalRef}"` };
  if (record.doi && !ARXIV_DOI.test(record.doi))
    return { venue: undefined, source: `${name}: DOI ${record.doi}` };
  return undefined;
}

/** DBLP keys: `conf/iclr/HuSWALWWC22`, `journals/tmlr/Smith23a`; `journals/corr/…` is arXiv. */
const DBLP_KEY = /^(conf|journals)\/([a-z0-9]+)\/.*?(\d{2})[a-z]?$/;
const DBLP_VENUES: Readonly<Record<string, string>> = { nips: 'NeurIPS', pami: 'TPAMI' };
const WORKSHOP = /\bworkshops?\b|\bfindings\b/i;
const ACL_FAMILY = new Set(['ACL', 'EMNLP', 'NAACL', 'EACL', 'AACL']);

/** Where Semantic Scholar says the paper appeared; undefined when it names no venue. */
export function scholarPublication(
  arxivId: string,
  paper: ScholarPaper,
): Publication | Appearance | undefined {
  const name = `Semantic Scholar (arXiv ${arxivId})`;
  for (const [key, id, read] of [
    ['DOI', paper.doi, doiVenue],
    ['ACL Anthology', paper.acl, anthologyVenue],
  ] as const) {
    const named = id && !ARXIV_DOI.test(id) ? read(id) : undefined;
    if (named) return { ...named, source: `${name}: ${key} ${id}` };
  }
  const names = [paper.venue, ...paper.venueNames];
  if (names.some((text) => WORKSHOP.test(text))) return undefined;
  const venues = new Set(names.map(knownVenue).filter((venue) => venue !== undefined));
  const dblp = paper.dblp ? DBLP_KEY.exec(paper.dblp) : null;
  const dblpVenue = dblp ? (DBLP_VENUES[dblp[2]] ?? knownVenue(dblp[2])) : undefined;
  // The ACL family files its Findings under the main conference's DBLP key: only an Anthology id tells.
  if (dblp && dblpVenue && venues.has(dblpVenue) && !ACL_FAMILY.has(dblpVenue)) {
    return { venue: dblpVenue, year: fullYear(dblp[3]), source: `${name}: ${dblpVenue}, DBLP ${paper.dblp}` };
  }
  const venue = [...venues][0];
  if (venue)
    return { venue: undefined, source: `${name}: venue ${venue}${paper.year ? `, ${paper.year}` : ''}` };
  return undefined;
}
