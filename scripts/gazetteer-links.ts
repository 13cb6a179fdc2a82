// Reads the linking data (data/lexicon/link-heads.tsv, surnames.tsv, never-people.tsv) and turns it
// into src/gazetteer/generated/links.ts. Called by scripts/build-gazetteer.ts (`npm run gazetteer`).
// Every word goes through the generator's key function (its 'search' tokens joined by a space).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerEntry } from '../src/gazetteer/types.js';
import { readTsv } from './gazetteer-data.js';

export interface LinkHeadRow { phrase: string; type: string; kinds: string[]; confirms: boolean; names: boolean; at: string }
export interface SurnameRow { surname: string; id: string; at: string }
export interface NeverPersonRow { word: string; where: 'alone' | 'anywhere'; at: string }
/** The roles of data/lexicon/match-context.tsv (see its header). */
const MATCH_ROLES = ['verb', 'versus', 'noun', 'club', 'goal', 'prefix', 'suffix', 'after'] as const;
export type MatchRole = (typeof MATCH_ROLES)[number];
export interface MatchWordRow { word: string; role: MatchRole; at: string }

export interface LinkData {
  heads: LinkHeadRow[];
  surnames: SurnameRow[];
  neverPeople: NeverPersonRow[];
  matchWords: MatchWordRow[];
  files: string[];
  errors: string[];
}

const TYPES = ['PER', 'LOC', 'ORG'];

/** Reads and validates the three linking files that exist under `root/data/lexicon`. */
export function loadLinkData(root: string): LinkData {
  const out: LinkData = { heads: [], surnames: [], neverPeople: [], matchWords: [], files: [], errors: [] };
  const dir = join(root, 'data', 'lexicon');
  const read = (name: string, header: string[]) => {
    const path = join(dir, name);
    if (!existsSync(path)) return [];
    out.files.push(`data/lexicon/${name}`);
    return readTsv(root, path, header, out.errors);
  };
  for (const { cells: c, at } of read('link-heads.tsv', ['phrase', 'type', 'kind', 'confirms', 'names', 'note'])) {
    if (!c.phrase) out.errors.push(`${at}: phrase is empty`);
    else if (!TYPES.includes(c.type!)) out.errors.push(`${at}: type ${JSON.stringify(c.type)} is not PER, LOC or ORG`);
    else if (c.confirms !== 'yes' && c.confirms !== 'no') out.errors.push(`${at}: confirms must be yes or no, got ${JSON.stringify(c.confirms)}`);
    else if (c.names && c.names !== 'yes') out.errors.push(`${at}: names must be yes or empty, got ${JSON.stringify(c.names)}`);
    else if (c.names === 'yes' && !c.kind) out.errors.push(`${at}: names needs the kinds the head names`);
    else out.heads.push({ phrase: c.phrase, type: c.type!, kinds: c.kind ? c.kind.split('|').map((k) => k.trim()).filter(Boolean) : [], confirms: c.confirms === 'yes', names: c.names === 'yes', at });
  }
  for (const { cells: c, at } of read('surnames.tsv', ['surname', 'id', 'note'])) {
    if (!c.surname || !c.id) out.errors.push(`${at}: surname and id are required`);
    else out.surnames.push({ surname: c.surname, id: c.id, at });
  }
  for (const { cells: c, at } of read('never-people.tsv', ['word', 'where', 'note'])) {
    if (!c.word) out.errors.push(`${at}: word is empty`);
    else if (c.where !== 'alone' && c.where !== 'anywhere') out.errors.push(`${at}: where must be alone or anywhere, got ${JSON.stringify(c.where)}`);
    else out.neverPeople.push({ word: c.word, where: c.where, at });
  }
  for (const { cells: c, at } of read('match-context.tsv', ['word', 'role', 'note'])) {
    if (!c.word) out.errors.push(`${at}: word is empty`);
    else if (!isMatchRole(c.role)) out.errors.push(`${at}: role must be one of ${MATCH_ROLES.join(', ')}, got ${JSON.stringify(c.role)}`);
    else out.matchWords.push({ word: c.word, role: c.role, at });
  }
  return out;
}

/** The generated tables, as strings of lines (see the doc comments written into the module). */
function isMatchRole(role: string | undefined): role is MatchRole {
  return (MATCH_ROLES as readonly (string | undefined)[]).includes(role);
}

export function linkTables(data: LinkData, entries: readonly GazetteerEntry[], keyOf: (s: string) => string): { heads: string; surnames: string; neverPeople: string; matchWords: string; errors: string[] } {
  const errors: string[] = [];
  const people = new Map(entries.filter((e) => e.type === 'PER').map((e) => [e.id, e]));
  const heads = [...new Set(data.heads.map((h) => `${keyOf(h.phrase)}\t${h.type}\t${h.kinds.join('|')}\t${h.confirms ? 'y' : ''}\t${h.names ? 'y' : ''}`))].sort();
  const surnames: string[] = [];
  for (const s of data.surnames) {
    const key = keyOf(s.surname);
    if (!people.has(s.id)) errors.push(`${s.at}: id ${JSON.stringify(s.id)} is no person of data/people`);
    else if (key.includes(' ')) errors.push(`${s.at}: surname ${JSON.stringify(s.surname)} must be one word`);
    else surnames.push(`${key}\t${s.id}`);
  }
  const neverPeople = [...new Set(data.neverPeople.map((n) => `${keyOf(n.word)}\t${n.where === 'anywhere' ? 'a' : 'l'}`))].sort();
  const matchWords = [...new Set(data.matchWords.map((m) => `${keyOf(m.word)}\t${m.role}`))].sort();
  return { heads: heads.join('\n'), surnames: [...new Set(surnames)].sort().join('\n'), neverPeople: neverPeople.join('\n'), matchWords: matchWords.join('\n'), errors };
}
