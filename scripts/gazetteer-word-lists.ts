// Reads the recogniser's word lists (data/lexicon/lists/*.txt) and turns them into
// src/gazetteer/generated/word-lists.ts. Called by scripts/build-gazetteer.ts (`npm run gazetteer`).
// Every word goes through the generator's key function, so a list is written as Arabic writes it
// (إلى، هؤلاء، دائرة) and compared in the 'search' form the recogniser uses (الي، هولاء، دايره).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WordList {
  /** The file name without `.txt`: `closed-class`. */
  name: string;
  /** The keys, in file order, without repeats. */
  keys: string[];
}

/**
 * Reads every `data/lexicon/lists/NAME.txt`: words separated by white space, `#` starts a comment
 * line. A word whose key is empty or more than one token can never match a word: an error.
 */
export function loadWordLists(root: string, keyOf: (s: string) => string, errors: string[]): WordList[] {
  const dir = join(root, 'data', 'lexicon', 'lists');
  if (!existsSync(dir)) return [];
  const out: WordList[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const keys = new Set<string>();
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (line.trimStart().startsWith('#')) return;
        for (const word of line.split(/\s+/).filter(Boolean)) {
          const key = keyOf(word);
          if (!key || key.includes(' ')) errors.push(`data/lexicon/lists/${file}:${n + 1}: ${JSON.stringify(word)} is not one word (key ${JSON.stringify(key)})`);
          else keys.add(key);
        }
      });
    out.push({ name: file.slice(0, -'.txt'.length), keys: [...keys] });
  }
  return out;
}

/** The generated module: one `WORD_LISTS` record, list name → keys separated by `\n`. */
export function wordListsModule(header: string, lists: readonly WordList[]): string {
  const body = lists.map((l) => `  ${JSON.stringify(l.name)}:\n    ${JSON.stringify(l.keys.join('\n'))},\n`).join('');
  return `${header}\n/** The recogniser's word lists (data/lexicon/lists/*.txt) in 'search' form: name → keys separated by a line break. */\nexport const WORD_LISTS: Readonly<Record<string, string>> = {\n${body}};\n`;
}
