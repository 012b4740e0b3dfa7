/**
 * Writing a fixed list back where it came from, as an editor would: through a symlink to its
 * target, into the same file (so hard links, mode and owner stay as they are), never over a file
 * the user cannot write, and never over an edit made since paperlint read it.
 */
import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
} from 'node:fs';

/** A file `--fix` will not write, with the reason; nothing was changed. */
export class WriteRefusedError extends Error {}

function readAll(fd: number): Buffer {
  const bytes = Buffer.alloc(fstatSync(fd).size);
  let filled = 0;
  while (filled < bytes.length) {
    const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return bytes.subarray(0, filled);
}

/** Replaces the text of `path`, which must still be `expected` (the text the fixes were made to). */
export function writeInPlace(path: string, expected: string, text: string): void {
  const target = realpathSync(path);
  // Root may write anything; a file nobody may write is still one its owner meant to keep as it is.
  if ((statSync(target).mode & 0o222) === 0) throw new WriteRefusedError(`${path} is read-only; not fixed`);
  let fd: number;
  try {
    fd = openSync(target, 'r+');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new WriteRefusedError(`cannot write ${path} (${code}); not fixed`);
    throw error;
  }
  try {
    if (!readAll(fd).equals(Buffer.from(expected))) {
      throw new WriteRefusedError(`${path} changed while paperlint ran; not fixed (run it again)`);
    }
    const bytes = Buffer.from(text);
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
