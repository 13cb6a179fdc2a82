/**
 * The raw JSON text of one member of a JSON object, as written in the input: `{"id": 1e400}` →
 * `'1e400'`. JSON.parse would turn 1e400 into Infinity, 12345678901234567890 into
 * 12345678901234567000 and -0 into 0; the CLI writes ids back exactly as they were read.
 */

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.has(s.charCodeAt(i))) i++;
  return i;
}

/** The index just after the JSON string that starts at `i` (a `"`). */
function endOfString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return s.length;
}

/** The index just after the JSON value that starts at `i`. Linear: one pass, strings skipped whole. */
function endOfValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x22) return endOfString(s, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 0x22) j = endOfString(s, j) - 1;
      else if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && !WS.has(s.charCodeAt(j)) && s[j] !== ',' && s[j] !== '}' && s[j] !== ']') j++;
  return j;
}

/**
 * The raw text of member `key` of the JSON object `json` (already known to be valid JSON), or
 * undefined when there is none. With a repeated key the last one counts, as in JSON.parse.
 *
 * @example
 * rawMember('{"id": 12345678901234567890, "text": "في بغداد"}', 'id'); // '12345678901234567890'
 */
export function rawMember(json: string, key: string): string | undefined {
  let i = skipWs(json, 0);
  if (json[i] !== '{') return undefined;
  i = skipWs(json, i + 1);
  let found: string | undefined;
  while (i < json.length && json[i] === '"') {
    const keyEnd = endOfString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipWs(json, keyEnd);
    if (json[i] !== ':') return found;
    i = skipWs(json, i + 1);
    const valueEnd = endOfValue(json, i);
    if (name === key) found = json.slice(i, valueEnd);
    i = skipWs(json, valueEnd);
    if (json[i] !== ',') break;
    i = skipWs(json, i + 1);
  }
  return found;
}

/**
 * The raw text of the top-level member `key` in the first bytes of a JSON object too long to keep
 * (`head`), when the member is there whole: `{"id": "a-17", "text": "…` → `'"a-17"'`. Undefined
 * when it is not found, is cut off by the end of `head`, or is not a string or a number.
 *
 * @example
 * rawMemberOfHead('{"id":"a-17","text":"في بغداد وفي', 'id'); // '"a-17"'
 */
export function rawMemberOfHead(head: string, key: string): string | undefined {
  let i = skipWs(head, 0);
  if (head[i] !== '{') return undefined;
  i = skipWs(head, i + 1);
  while (i < head.length && head[i] === '"') {
    const keyEnd = endOfString(head, i);
    if (keyEnd >= head.length) return undefined;
    let name: unknown;
    try {
      name = JSON.parse(head.slice(i, keyEnd));
    } catch {
      return undefined;
    }
    i = skipWs(head, keyEnd);
    if (head[i] !== ':') return undefined;
    i = skipWs(head, i + 1);
    const valueEnd = endOfValue(head, i);
    if (valueEnd >= head.length) return undefined; // cut off: its end is not known
    if (name === key) {
      const raw = head.slice(i, valueEnd);
      try {
        const v: unknown = JSON.parse(raw);
        return typeof v === 'string' || typeof v === 'number' ? raw : undefined;
      } catch {
        return undefined;
      }
    }
    i = skipWs(head, valueEnd);
    if (head[i] !== ',') return undefined;
    i = skipWs(head, i + 1);
  }
  return undefined;
}
