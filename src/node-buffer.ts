/**
 * Node's `Buffer`, when the code runs in Node: read from `globalThis`, never imported, so the
 * library stays runnable in browsers and workers (where this is `undefined` and the callers use
 * `TextDecoder`). Native code for a job that is slow in Node 20's JavaScript-level implementation:
 * UTF-16 decoding (the normaliser's output).
 */
export interface NodeBufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'utf16le'): string };
}

/** `globalThis.Buffer` in Node, `undefined` elsewhere. */
export const nodeBuffer: NodeBufferLike | undefined = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
