// renderHtml / escapeHtml (src/cli/render-html.ts): the page is built from untrusted text, so no
// character of the input may ever become markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../src/index.js';
import { escapeHtml, renderHtml, type RenderableAnalysis } from '../src/cli/render-html.js';

const SPECIAL = /[<>"'&]/g;

describe('escapeHtml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('بشار الأسد')).toBe('بشار الأسد');
  });
  it('for any string: no < > " \' left, and unescaping gives the string back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        const back = e.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (m) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[m]!);
        expect(back).toBe(s);
      }),
    );
  });
});

/** A document with arbitrary text and arbitrary (non-overlapping) entities and summaries. */
const arbitraryDocument = fc
  .record({
    text: fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', 'a', ' ', '\n', 'ب', 'س', '/', '=', 'ـ', '\u200f'), maxLength: 80 }),
    cuts: fc.array(fc.nat(), { maxLength: 8 }),
    types: fc.array(fc.constantFrom('PER', 'LOC', 'ORG'), { minLength: 8, maxLength: 8 }),
    names: fc.array(fc.string({ unit: fc.constantFrom('<', '"', "'", '&', '>', 'x', 'ن') }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ text, cuts, types, names }): RenderableAnalysis => {
    const points = [...new Set(cuts.map((c) => (text.length ? c % (text.length + 1) : 0)))].sort((a, b) => a - b);
    const entities: Entity[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) {
      const [start, end] = [points[i]!, points[i + 1]!];
      const type = types[i % 8] as Entity['type'];
      entities.push({ text: text.slice(start, end), type, start, end, norm: text.slice(start, end), canonical: names[i % 8]!, id: names[(i + 1) % 8]!, source: 'gazetteer', rule: 'gazetteer', tokenStart: 0, tokenEnd: 1, sentence: 0 });
    }
    const summary = (type: Entity['type']) => entities.filter((e) => e.type === type).map((e) => ({ name: e.canonical!, type, id: e.id!, count: 1 }));
    return { text, entities, people: summary('PER'), places: summary('LOC'), organisations: summary('ORG') };
  });

/** The same document with every special character of its strings replaced by a letter. */
function defanged(a: RenderableAnalysis): RenderableAnalysis {
  const d = (s: string) => s.replace(SPECIAL, 'x');
  return {
    text: d(a.text),
    entities: a.entities.map((e) => ({ ...e, text: d(e.text), norm: d(e.norm), canonical: e.canonical && d(e.canonical), id: e.id && d(e.id) })),
    people: a.people.map((s) => ({ ...s, name: d(s.name), id: s.id && d(s.id) })),
    places: a.places.map((s) => ({ ...s, name: d(s.name), id: s.id && d(s.id) })),
    organisations: a.organisations.map((s) => ({ ...s, name: d(s.name), id: s.id && d(s.id) })),
  };
}

const count = (s: string, c: string) => s.split(c).length - 1;

describe('renderHtml', () => {
  it('for any text, names and ids: no < > " \' of the input reaches the markup', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.string(), (doc, title) => {
        const page = renderHtml(doc, { title });
        const safe = renderHtml(defanged(doc), { title: title.replace(SPECIAL, 'x') });
        // Every markup character of the page is one the page would have without any special input character.
        for (const c of ['<', '>', '"', "'"]) expect(count(page, c), c).toBe(count(safe, c));
        expect(count(page, '<mark ')).toBe(doc.entities.length);
      }),
      { numRuns: 300 },
    );
  });

  it('an article with <script> shows it as text', () => {
    const text = '<script>alert(1)</script>\nالتقى الفياض بالرئيس السوري بشار الأسد في دمشق';
    const page = renderHtml(analyze(text), { title: '<img src=x onerror=alert(1)>' });
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\n');
    expect(page).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
  });

  it('a right-to-left, self-contained page: no external resource, legend, summary table, one mark per entity with its type and tooltip', () => {
    const a = analyze('التقى الفياض بالرئيس السوري بشار الأسد في دمشق، وقالت وزارة الخارجية السورية إن العراق');
    const page = renderHtml(a);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html dir="rtl" lang="ar">/);
    expect(page).not.toMatch(/\b(src|href)=|@import|url\(|<script|<link/i);
    expect(page).toContain('class="legend"');
    expect(page).toContain('<table class="summary">');
    expect(page.indexOf('<table class="summary">')).toBeLessThan(page.indexOf('<div class="text">'));
    const marks = [...page.matchAll(/<mark data-type="(PER|LOC|ORG)" title="([^"]*)"[^>]*>([^<]*)<\/mark>/g)];
    expect(marks.map((m) => [m[1], m[3]])).toEqual(a.entities.map((e) => [e.type, escapeHtml(e.text)]));
    for (const [m, e] of marks.map((m, i) => [m, a.entities[i]!] as const)) {
      expect(m[2]).toContain(escapeHtml(e.canonical ?? e.text));
      expect(m[2]).toContain(`source: ${e.source}`);
      if (e.id) expect(m[2]).toContain(`id: ${escapeHtml(e.id)}`);
    }
  });

  it('skips overlapping or out-of-range entities instead of breaking the text', () => {
    const text = 'في دمشق وبغداد';
    const e = (start: number, end: number): Entity => ({ text: text.slice(start, end), type: 'LOC', start, end, norm: '', source: 'context', rule: 'descriptors', tokenStart: 0, tokenEnd: 1, sentence: 0 });
    const page = renderHtml({ text, entities: [e(3, 7), e(5, 9), e(9, 14), e(12, 40)], people: [], places: [], organisations: [] });
    expect(count(page, '<mark ')).toBe(2);
    expect(page.replace(/<[^>]+>/g, '')).toContain('في دمشق وبغداد');
  });
});
