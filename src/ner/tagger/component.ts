import type { Component } from '../component.js';
import { isAddedCommonWord } from '../lexicon-extension.js';
import { combine, type CombinePolicy } from './combine.js';
import { taggedSpans, taggerView } from './document.js';
import type { TaggerModel } from './model.js';

/**
 * The `tagger` component: after the rules have chosen (and propagated) their entities, the model
 * reads the document's evidence and the rules' choice, tags every token, and its spans replace
 * the rules' where they overlap (`policy`, chosen by measurement: see docs/MODEL.md). Entities it
 * adds carry `rule: 'tagger'`.
 *
 * @example
 * // 'قال المدرب جهاد الشماع' → the rules know no name here; the tagger adds [جهاد الشماع] PER.
 * recognizer({ components: [...rules, taggerComponent(model), nationalities] })
 */
export function taggerComponent(model: TaggerModel, policy: CombinePolicy = 'tagger-first'): Component {
  return {
    name: 'tagger',
    run(doc, ctx) {
      if (doc.length === 0) return;
      const view = taggerView(doc, ctx, model.bits);
      const chosen = combine(policy, ctx.chosen, taggedSpans(model, view));
      // createAnalyzer({ lexicon: { common: ['كوستاس'] } }): the caller says this word is no name.
      ctx.chosen = chosen.filter((c) => c.rule !== 'tagger' || c.tokenEnd - c.tokenStart !== 1 || !isAddedCommonWord(ctx.lexicon, doc.key(c.tokenStart)));
    },
  };
}
