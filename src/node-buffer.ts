/**
 * Node's `Buffer`, when the code runs in Node: read from `globalThis`, never imported, so the
 * library stays runnable in browsers and workers (where this is `undefined` and the callers use
 * `atob` and `TextDecoder`). Native code for two jobs that are slow in Node 20's JavaScript-level
 * implementations: base64 (the built-in model) and UTF-16 decoding (the normaliser's output).
 */
export interface NodeBufferLike {
  from(text: string, encoding: 'base64'): Uint8Array;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'utf16le'): string };
}

/** `globalThis.Buffer` in Node, `undefined` elsewhere. */
export const nodeBuffer: NodeBufferLike | undefined = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
