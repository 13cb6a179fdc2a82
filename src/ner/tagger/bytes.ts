/**
 * Whether `x` is a Uint8Array (a Node `Buffer` included), from this realm or another: a vm
 * context, a test runner's sandbox (Jest runs the code under test in one, and readFileSync's
 * Buffer comes from outside it) or an iframe has its own `Uint8Array`, so `instanceof` is false
 * there for bytes that read the same. `ArrayBuffer.isView` and the tag hold in every realm.
 */
export function isUint8Array(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array || (ArrayBuffer.isView(x) && Object.prototype.toString.call(x) === '[object Uint8Array]');
}

/**
 * For an error message: what was given instead of bytes, and how to make them of it, when there is
 * a way (`got an ArrayBuffer: pass new Uint8Array(arrayBuffer)`), or its `typeof`.
 */
export function notBytes(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array: pass Uint8Array.from(array)';
  const tag = Object.prototype.toString.call(x).slice(8, -1);
  if (tag === 'ArrayBuffer' || tag === 'SharedArrayBuffer') return `an ${tag}: pass new Uint8Array(arrayBuffer)`;
  if (ArrayBuffer.isView(x)) return `a ${tag}: pass new Uint8Array(view.buffer, view.byteOffset, view.byteLength)`;
  return typeof x;
}
