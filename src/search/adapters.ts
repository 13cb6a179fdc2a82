import { searchTerms, termsOf, type SearchTermsOptions } from './terms.js';

/**
 * Options for MiniSearch (`new MiniSearch({ fields, ...miniSearchOptions() })`): its `tokenize`
 * gives tahlil's terms and `processTerm` keeps them as they are, for documents and queries alike.
 *
 * @example
 * const index = new MiniSearch({ fields: ['text'], ...miniSearchOptions() });
 * index.addAll([{ id: 1, text: 'وصل الوفد إلى العراق' }]);
 * index.search('بالعراق'); // finds document 1
 */
export function miniSearchOptions(options?: SearchTermsOptions): {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string;
} {
  termsOf('', options); // checks the options now
  return { tokenize: (text) => termsOf(text, options), processTerm: (term) => term };
}

/**
 * A tokenizer component for Orama (`create({ schema, components: { tokenizer: oramaTokenizer() } })`).
 *
 * @example
 * const db = create({ schema: { text: 'string' }, components: { tokenizer: oramaTokenizer() } });
 */
export function oramaTokenizer(options?: SearchTermsOptions): {
  language: string;
  normalizationCache: Map<string, string>;
  tokenize: (raw: string) => string[];
} {
  termsOf('', options);
  return { language: 'arabic', normalizationCache: new Map(), tokenize: (raw) => termsOf(raw, options) };
}

/**
 * An `encode` function for FlexSearch (`new Index({ encode: flexSearchEncode() })`).
 *
 * @example
 * const index = new Index({ encode: flexSearchEncode() });
 */
export function flexSearchEncode(options?: SearchTermsOptions): (text: string) => string[] {
  termsOf('', options);
  return (text) => termsOf(text, options);
}

/** The part of lunr's Token that the pipeline function uses. */
interface LunrToken {
  toString(): string;
  clone(fn?: (str: string, metadata: object) => string): LunrToken;
}

/**
 * A lunr pipeline function: each token lunr split on white space becomes tahlil's terms (none for
 * a stop word or punctuation). Register it and use it in place of lunr's English pipeline:
 *
 * @example
 * const fn = lunrPipelineFunction();
 * lunr.Pipeline.registerFunction(fn, 'tahlil');
 * const idx = lunr(function () {
 *   this.pipeline.reset(); this.searchPipeline.reset();
 *   this.pipeline.add(fn); this.searchPipeline.add(fn);
 *   this.field('text'); this.add({ id: '1', text: 'وصل الوفد إلى العراق' });
 * });
 */
export function lunrPipelineFunction(options?: SearchTermsOptions): (token: LunrToken) => LunrToken[] {
  termsOf('', options);
  return (token) => searchTerms(token.toString(), options).map((t) => token.clone(() => t.term));
}
