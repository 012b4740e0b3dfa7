/**
 * A file's text split into lines, with the facts a fix needs to write it back unchanged
 * (byte-order mark, each line's own ending). Lines and columns are 1-based everywhere.
 */
export interface SourceText {
  readonly lines: readonly string[];
  /** The ending that followed each line ('' for a last line without one). */
  readonly endings: readonly string[];
  readonly bom: boolean;
}

export function toSource(text: string): SourceText {
  const bom = text.charCodeAt(0) === 0xfeff;
  // Split natively (a loop of indexOf and slice took twice as long on a large list, run once and cold).
  const lines = (bom ? text.slice(1) : text).split('\n');
  const last = lines.length - 1;
  const endings: string[] = [];
  for (let i = 0; i < last; i++) {
    const line = lines[i];
    const crlf = line.length > 0 && line.charCodeAt(line.length - 1) === 13;
    if (crlf) lines[i] = line.slice(0, -1);
    endings.push(crlf ? '\r\n' : '\n');
  }
  // The last line has no ending (a carriage return there is the line's own).
  endings.push('');
  // A final newline does not open one more (empty) line.
  if (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
    endings.pop();
  }
  return { lines, endings, bom };
}

export function fromSource(source: SourceText): string {
  let out = source.bom ? '\ufeff' : '';
  for (let i = 0; i < source.lines.length; i++) out += source.lines[i] + source.endings[i];
  return out;
}

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09) return false;
  }
  return true;
}

/** Width of the leading white space, with tabs expanded to the next multiple of 4 as CommonMark does. */
export function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) width += 1;
    else if (code === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Length of the longest run of backticks: a fence or code span must be longer to enclose the text. */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

const matchingLines = new WeakMap<SourceText, Map<(line: string) => boolean, readonly number[]>>();

/**
 * The lines (1-based) of a text that pass a test, read once per text and test: a rule that asks how
 * the rest of the list writes something asks it for every entry.
 */
export function linesWhere(source: SourceText, test: (line: string) => boolean): readonly number[] {
  let byTest = matchingLines.get(source);
  if (!byTest) matchingLines.set(source, (byTest = new Map()));
  let lines = byTest.get(test);
  if (!lines) {
    const found: number[] = [];
    source.lines.forEach((text, index) => {
      if (test(text)) found.push(index + 1);
    });
    byTest.set(test, (lines = found));
  }
  return lines;
}

/** String offset at which a 1-based visual column (tabs expanded) starts. */
export function offsetOfColumn(line: string, column: number): number {
  let width = 0;
  let i = 0;
  while (i < line.length && width < column - 1) {
    width += line[i] === '\t' ? 4 - (width % 4) : 1;
    i++;
  }
  return i;
}
