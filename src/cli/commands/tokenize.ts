import { builtinGazetteer, knownNames, segment, tokenize } from '../../index.js';
import { parse } from '../args.js';
import { checkReadable, lineLimitHelp, LINE_LIMIT_OPTION, mapLines, maxLineBytes } from '../io.js';

export const help = `usage: tahlil tokenize [options] [files…]

Tokenises text line by line (standard input when no file is given), streaming. Writes JSONL:
one JSON array of tokens { text, start, end, kind, norm } per input line, offsets into the line.

options:
  --segments   add each Arabic word's clitic segmentation { proclitics, stem, enclitics },
               keeping the built-in gazetteer's names whole as analyze does (بعلبك)
${lineLimitHelp(22)}
  -h, --help   this help

examples:
  echo 'وقال الرئيس بشار الأسد' | tahlil tokenize
  tahlil tokenize --segments article.txt > tokens.jsonl
`;

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, {
    ...LINE_LIMIT_OPTION, segments: { type: 'boolean' } });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  checkReadable(p.positionals);
  const withSegments = p.values.segments === true;
  // The segmentation analyze and searchTerms use: a name the gazetteer knows is not cut (بعلبك is
  // not ب + علبك), a proclitic in front of one is (لروسيا = ل + روسيا).
  const names = withSegments ? knownNames(builtinGazetteer()) : undefined;
  await mapLines(p.positionals, (line) => {
    const tokens = tokenize(line.text);
    const rows = withSegments ? tokens.map((t) => (t.kind === 'word' ? { ...t, segments: segment(t.text, names) } : t)) : tokens;
    return JSON.stringify(rows) + '\n';
  }, { command: 'tokenize', maxLineBytes: maxLineBytes(p) });
  return 0;
}
