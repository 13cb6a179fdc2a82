/**
 * A check, before a large document is analysed, that its analysis fits in the memory the process
 * has left: a JavaScript heap that runs out aborts Node outright (exit code 134, the documents of the
 * same batch lost), so a document that would not fit is refused with a message instead, which
 * --keep-going skips like any failed document.
 *
 * The cost of an analysis grows with its tokens more than with its characters: 'د.' × 4 million
 * (8 million one-character tokens) peaks at about 4.9 GB, 8 million characters of news text
 * (1.4 million tokens) at about 1.2 GB (measured on 2026-12-04 with `/usr/bin/time`, Node 20).
 * {@link estimateAnalysisBytes} is 64 bytes a character plus 512 bytes a token.
 */
import { getHeapStatistics } from 'node:v8';
import { MAX_TEXT_LENGTH } from '../index.js';

const BYTES_PER_CHAR = 64;
const BYTES_PER_TOKEN = 512;
/** Texts shorter than this are never checked: their analysis is far below any heap. */
export const CHECK_FROM_LENGTH = 1 << 20;

/** True for code units that belong to a word (letters, marks, digits, and anything past ASCII that is not a space or Arabic punctuation). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // Arabic comma, semicolon, question mark, percent and decimal signs, full stop: tokens of their own
  if (c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4) return false;
  return !isSpaceUnit(c);
}

function isSpaceUnit(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * About how many tokens the tokenizer makes of `text`, in one pass without allocating: each run of
 * word characters is one, each other character that is not a space is one.
 *
 * @example
 * approximateTokens('وصل الوفد إلى بغداد.'); // 5
 * approximateTokens('د.د.'); // 4
 */
export function approximateTokens(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) {
      if (!inWord) n++;
      inWord = true;
    } else {
      inWord = false;
      if (!isSpaceUnit(c)) n++;
    }
  }
  return n;
}

/** An upper estimate of the memory the analysis of `text` takes at its peak, in bytes. */
export function estimateAnalysisBytes(text: string): number {
  return text.length * BYTES_PER_CHAR + approximateTokens(text) * BYTES_PER_TOKEN;
}

const gb = (n: number) => `${(n / 1e9).toFixed(1)} GB`;

/**
 * Undefined when the analysis of `text` fits in what is left of this thread's heap; otherwise why
 * not, with the way out. `heap` is for tests.
 *
 * @example
 * memoryProblem('د.'.repeat(4_000_000)); // 'the text has about 8,000,000 tokens, whose analysis could need 4.6 GB of memory, more than the 4.2 GB left …'
 */
export function memoryProblem(text: string, heap: { limit: number; used: number } = currentHeap()): string | undefined {
  // Longer than MAX_TEXT_LENGTH: the library refuses it itself, naming that limit.
  if (text.length < CHECK_FROM_LENGTH || text.length > MAX_TEXT_LENGTH) return undefined;
  const need = estimateAnalysisBytes(text);
  const left = heap.limit - heap.used;
  if (need <= left) return undefined;
  const mb = Math.ceil((heap.limit + need - left) / 1024 ** 2 / 1024) * 1024;
  return `the text has about ${approximateTokens(text).toLocaleString('en')} tokens, whose analysis could need ${gb(need)} of memory, more than the ${gb(left)} left to this process; split the document, or give Node more memory (NODE_OPTIONS=--max-old-space-size=${mb})`;
}

/**
 * The old generation of each worker thread of `tahlil analyze --workers N` is capped at this many
 * MB. Without a cap V8 grows a busy worker's heap lazily while the machine has memory to spare, so
 * two workers' peak RSS rose with the corpus (372 → 653 MB from 25 to 200 MB of JSONL, 2026-12-04)
 * although nothing is kept per document; with a cap it stays flat.
 */
export const WORKER_HEAP_MB = 256;

/**
 * The largest {@link estimateAnalysisBytes} a document may have to be analysed in a capped worker:
 * the cap less the analyzer's own data and caches (about 15 MB) and the rest of its batch.
 */
export const WORKER_DOCUMENT_BYTES = 96 * 1024 ** 2;

/** Below this length no document can come near {@link WORKER_DOCUMENT_BYTES} (576 bytes a character at most). */
const WORKER_CHECK_FROM_LENGTH = 1 << 16;

/**
 * True when the document whose input is `payload` (the text, or its JSONL line) is small enough
 * for a worker thread of {@link WORKER_HEAP_MB}; a larger one is analysed in the main thread, whose
 * heap is the process's own (and checked by {@link memoryProblem} there).
 *
 * @example
 * fitsWorker('{"text":"وصل الوفد إلى بغداد"}'); // true
 * fitsWorker('د.'.repeat(100_000)); // false: 200,000 tokens could need 115 MB
 */
export function fitsWorker(payload: string): boolean {
  return payload.length < WORKER_CHECK_FROM_LENGTH || estimateAnalysisBytes(payload) <= WORKER_DOCUMENT_BYTES;
}

function currentHeap(): { limit: number; used: number } {
  const h = getHeapStatistics();
  return { limit: h.heap_size_limit, used: h.used_heap_size };
}
