/**
 * Argument parsing on `node:util` `parseArgs` (strict: an unknown flag is an error), and the
 * errors that decide the exit code: {@link UsageError} → 2, {@link DataError} → 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { EntityType } from '../index.js';

/** Bad command line or unreadable input: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad data (malformed line, document that failed): exit code 1. */
export class DataError extends Error {
  override name = 'DataError';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  /** The option names in command-line order (`--no-alef --alef` → ['no-alef', 'alef']), so the last can win. */
  order: string[];
}

/** `parseArgs` with strict checking; its errors become a {@link UsageError} naming the command. */
export function parse(argv: readonly string[], options: Options): Parsed {
  try {
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    const order = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    return { values: values as Parsed['values'], positionals, order };
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(cleanParseMessage(err.message));
    throw e;
  }
}

function cleanParseMessage(message: string): string {
  // parseArgs says "Unknown option '--x'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--x\"" — keep the first sentence.
  const first = message.split('. To specify')[0] ?? message;
  return first.replace(/^Unknown option/, 'unknown option').replace(/^Option/, 'option');
}

/** A string option, or `undefined`. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A string option that must be one of `allowed`. */
export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback: T): T;
export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T | undefined;
export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = str(p, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${v}')`);
  return v as T;
}

/** A whole-number option from `min` to `max`; the message of a bad value names that range. */
export function int(p: Parsed, name: string, fallback: number, max = 256, min = 0): number {
  const v = str(p, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) > max || Number(v) < min) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got '${v}')`);
  return Number(v);
}

/** `--types PER,LOC` → `['PER', 'LOC']`. */
export function types(p: Parsed): EntityType[] | undefined {
  const v = str(p, 'types');
  if (v === undefined) return undefined;
  const out: EntityType[] = [];
  for (const raw of v.split(',')) {
    const t = raw.trim().toUpperCase();
    if (t === '') continue;
    if (t !== 'PER' && t !== 'LOC' && t !== 'ORG') throw new UsageError(`--types takes PER, LOC and ORG separated by commas (got '${raw.trim()}')`);
    if (!out.includes(t)) out.push(t);
  }
  if (out.length === 0) throw new UsageError('--types needs at least one of PER, LOC, ORG');
  return out;
}

/** Refuses positional arguments for commands that take none. */
export function noPositionals(p: Parsed, command: string): void {
  if (p.positionals.length > 0) throw new UsageError(`${command} takes no argument '${p.positionals[0]}'`);
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A size in bytes: a whole number, optionally followed by K, M or G (binary: `64M` is 64 MiB;
 * `KB`, `MiB`… are read the same), from 1 to `max`.
 */
export function bytes(p: Parsed, name: string, fallback: number, max: number): number {
  const v = str(p, name);
  if (v === undefined) return fallback;
  const m = /^(\d{1,15})\s*([kmg]?)(?:i?b)?$/i.exec(v.trim());
  const n = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!(n >= 1 && n <= max)) throw new UsageError(`--${name} must be a size from 1 byte to ${max / 1024 ** 2}M, such as 1000000, 500K or 64M (got '${v}')`);
  return n;
}
