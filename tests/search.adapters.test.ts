// The adapters tested against the real engines (devDependencies only): index a few hundred Arabic
// sentences, query العراق, find والعراق / بالعراق / للعراق, and highlight hits by the offsets.
import { create, insertMultiple, search } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { flexSearchEncode, lunrPipelineFunction, miniSearchOptions, oramaTokenizer, searchTerms, stem } from '../src/search/index.js';
import { searchCorpus } from './helpers/search-corpus.js';

const docs = searchCorpus().map((text, id) => ({ id, text }));
/** The sentences that contain العراق in any of its forms, found by the stems of their words. */
const expected = docs.filter((d) => searchTerms(d.text).some((t) => t.term === 'عراق')).map((d) => d.id);
const withClitic = docs.filter((d) => /(?:^|\s)(?:والعراق|بالعراق|للعراق)(?=[\s،.]|$)/u.test(d.text)).map((d) => d.id);

/** Wraps every word of `text` whose stem is the query's in [brackets], by the returned offsets. */
function highlight(text: string, query: string): string {
  const q = stem(query);
  let out = '';
  let at = 0;
  for (const t of searchTerms(text)) {
    if (t.term !== q) continue;
    out += text.slice(at, t.start) + '[' + text.slice(t.start, t.end) + ']';
    at = t.end;
  }
  return out + text.slice(at);
}

describe('search-engine adapters on a few hundred Arabic sentences', () => {
  it('has the sentences to test with', () => {
    expect(docs.length).toBeGreaterThanOrEqual(200);
    expect(withClitic.length).toBeGreaterThanOrEqual(4);
    expect(expected).toEqual(expect.arrayContaining(withClitic));
  });

  it('MiniSearch (tokenize + processTerm) finds والعراق، بالعراق، للعراق for العراق', () => {
    const index = new MiniSearch({ fields: ['text'], storeFields: ['text'], ...miniSearchOptions() });
    index.addAll(docs);
    const ids = index.search('العراق').map((r) => r.id as number);
    expect(ids.sort((a, b) => a - b)).toEqual(expected);
    // Without tahlil the engine only finds the bare spelling.
    const plain = new MiniSearch({ fields: ['text'] });
    plain.addAll(docs);
    expect(plain.search('العراق').map((r) => r.id)).not.toEqual(expect.arrayContaining(withClitic));
  });

  it('Orama (custom tokenizer) finds them too', async () => {
    const db = create({ schema: { text: 'string' } as const, components: { tokenizer: oramaTokenizer() } });
    await insertMultiple(db, docs.map((d) => ({ id: String(d.id), text: d.text })));
    const res = await search(db, { term: 'بالعراق', limit: 1000 });
    const ids = res.hits.map((h) => Number(h.id));
    expect(ids).toEqual(expect.arrayContaining(expected));
    // Orama also matches terms that start with the query's (عراقي): nothing else.
    const prefixed = docs.filter((d) => searchTerms(d.text).some((t) => t.term.startsWith('عراق'))).map((d) => d.id);
    expect(ids.sort((a, b) => a - b)).toEqual(prefixed);
  });

  it('FlexSearch (encode) finds them too', () => {
    const index = new FlexSearch.Index({ encode: flexSearchEncode() } as never);
    for (const d of docs) index.add(d.id, d.text);
    const ids = index.search('للعراق', { limit: 1000 }) as number[];
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);
  });

  it('lunr (pipeline function) finds them too', () => {
    const fn = lunrPipelineFunction();
    lunr.Pipeline.registerFunction(fn as never, 'tahlil');
    const idx = lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.pipeline.add(fn as never);
      this.searchPipeline.add(fn as never);
      this.ref('id');
      this.field('text');
      for (const d of docs) this.add({ id: String(d.id), text: d.text });
    });
    const ids = idx.search('العراق').map((r) => Number(r.ref));
    expect(ids.sort((a, b) => a - b)).toEqual(expected);
  });

  it('highlights the hits by the returned offsets', () => {
    const text = docs.find((d) => d.text.includes('والعراق'))!.text;
    expect(highlight(text, 'العراق')).toContain('[والعراق]');
    expect(highlight('قدمت الدول قروضا للعراق وللعراقيين', 'العراق')).toBe('قدمت الدول قروضا [للعراق] وللعراقيين');
  });
});
