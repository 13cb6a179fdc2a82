/**
 * A check that input is valid UTF-8, fed chunk by chunk: the decoder turns invalid bytes into
 * U+FFFD silently, so the first invalid sequence of each file is reported once, with its byte offset.
 */
import { isUtf8 } from 'node:buffer';

const need = (c: number): number => (c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1);

/** The byte offset of the first invalid UTF-8 sequence in `b` (a sequence cut short by the end is invalid), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = need(c);
    if (n < 0) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][n]! || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** How many bytes at the end of `b` are the start of a sequence that the next chunk may complete. */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const n = need(c);
    return n >= k ? k : 0;
  }
  return 0;
}

/** 'UTF-16LE' or 'UTF-16BE' when `b` starts with that byte-order mark (FF FE, FE FF), else undefined. */
export function utf16Bom(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  return b[0] === 0xff && b[1] === 0xfe ? 'UTF-16LE' : b[0] === 0xfe && b[1] === 0xff ? 'UTF-16BE' : undefined;
}

/** The first NUL byte of the first 4 KB of `b` whose UTF-16 partner byte is not NUL, or -1. */
function utf16Nul(b: Uint8Array): number {
  const n = Math.min(b.length, 4096) & ~1;
  for (let i = 0; i < n; i++) if (b[i] === 0 && b[i ^ 1] !== 0) return i;
  return -1;
}

/** Feeds chunks of one file; warns (once) through `warn` with the byte offset of the first invalid sequence. */
export class Utf8Check {
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);
  private warned = false;

  constructor(private readonly warn: (message: string) => void) {}

  feed(chunk: Buffer): void {
    if (this.warned) return;
    if (this.offset === 0 && this.carry.length === 0 && !utf16Bom(chunk)) {
      // UTF-16 without a byte-order mark is valid UTF-8 byte by byte when it is Arabic (0x06 and
      // ASCII bytes) and was read as noise without a word; every ASCII character in it (a space, a
      // line break) has a NUL byte beside a byte that is not one (all NULs, /dev/zero, is not text).
      const nul = utf16Nul(chunk);
      if (nul >= 0) {
        return this.report(nul, `a NUL byte at byte ${nul.toLocaleString('en')}: is it UTF-16 without a byte-order mark? tahlil reads UTF-8, so its text is read as noise; convert it first: iconv -f UTF-16LE -t UTF-8 (UTF-16BE when a NUL comes before each character)`);
      }
    }
    if (this.carry.length === 0 && isUtf8(chunk)) {
      this.offset += chunk.length;
      return;
    }
    const b = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const keep = incompleteTail(b); // kept for the next chunk
    const bad = firstInvalidUtf8(b.subarray(0, b.length - keep));
    // Standard input in UTF-16 (a file is refused before it is read: io.ts, checkReadable).
    const utf16 = this.offset === 0 && bad === 0 ? utf16Bom(b) : undefined;
    if (utf16) return this.report(0, `it is ${utf16} (it starts with a UTF-16 byte-order mark), and tahlil reads UTF-8: its text is read as noise; convert it first: iconv -f UTF-16 -t UTF-8`);
    if (bad >= 0) return this.report(this.offset + bad);
    this.offset += b.length - keep;
    this.carry = Buffer.from(b.subarray(b.length - keep));
  }

  end(): void {
    if (this.warned || this.carry.length === 0) return;
    this.report(this.offset);
  }

  private report(at: number, why?: string): void {
    this.warned = true;
    this.warn(why ?? `invalid UTF-8 at byte ${at.toLocaleString('en')} (invalid bytes are read as U+FFFD; this is reported once per file)`);
  }
}
