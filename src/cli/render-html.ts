/**
 * One self-contained HTML page for an analysed document, in the manner of spaCy's displaCy:
 * right-to-left, entities highlighted by type with a legend and a tooltip, and a summary table
 * of the people, places and organisations above the text. No network: inline CSS, no fonts or
 * scripts from elsewhere. Every piece of text is untrusted and escaped, attributes included.
 */
import type { Entity, EntityType } from '../index.js';

/** What the page needs of an `Analysis`. */
export interface RenderableAnalysis {
  text: string;
  entities: readonly Entity[];
  people: readonly RenderableSummary[];
  places: readonly RenderableSummary[];
  organisations: readonly RenderableSummary[];
}

export interface RenderableSummary {
  name: string;
  type: EntityType;
  id?: string;
  count: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and for quoted attribute values: `& < > " '`.
 *
 * @example
 * escapeHtml('<script>alert("الأسد")</script>'); // '&lt;script&gt;alert(&quot;الأسد&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const LABELS: Record<EntityType, { ar: string; en: string }> = {
  PER: { ar: 'أشخاص', en: 'people' },
  LOC: { ar: 'أماكن', en: 'places' },
  ORG: { ar: 'منظمات', en: 'organisations' },
};

const CSS = `
:root { --per: #d7cffd; --per-b: #7b61d9; --loc: #fde3b0; --loc-b: #c98a12; --org: #c3f1ef; --org-b: #1b9a96;
  --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e8; --bg: #fbfbfd; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 17px/1.9 "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 .75rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; padding: 0; margin: 0 0 1rem; font-size: .95rem; }
.swatch { display: inline-block; padding: 0 .45em; border-radius: .3em; font: 600 .72rem/1.6 system-ui, sans-serif; letter-spacing: .04em; vertical-align: middle; }
.swatch[data-type="PER"], mark[data-type="PER"] { background: var(--per); }
.swatch[data-type="LOC"], mark[data-type="LOC"] { background: var(--loc); }
.swatch[data-type="ORG"], mark[data-type="ORG"] { background: var(--org); }
table.summary { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; background: #fff; border: 1px solid var(--line); font-size: .95rem; }
table.summary th, table.summary td { text-align: start; vertical-align: top; padding: .35rem .7rem; border-bottom: 1px solid var(--line); width: 33.3%; }
table.summary th { background: #f3f3f7; font-weight: 600; }
table.summary .count { display: inline-block; min-width: 1.6em; margin-inline-start: .35em; padding: 0 .35em; border-radius: 1em; background: #ececf2; color: var(--muted); font: .75rem/1.6 system-ui, sans-serif; text-align: center; }
table.summary .id { display: inline-block; white-space: nowrap; color: var(--muted); font: .72rem system-ui, sans-serif; margin-inline-start: .3em; direction: ltr; unicode-bidi: isolate; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; line-height: 2.4; }
mark { color: inherit; padding: .15em .35em; margin: 0 .1em; border-radius: .35em; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark[data-type="PER"] { box-shadow: inset 0 -2px var(--per-b); }
mark[data-type="LOC"] { box-shadow: inset 0 -2px var(--loc-b); }
mark[data-type="ORG"] { box-shadow: inset 0 -2px var(--org-b); }
mark::after { content: attr(data-type); margin-inline-start: .4em; font: 700 .62rem/1 system-ui, sans-serif; letter-spacing: .05em; opacity: .7; vertical-align: middle; }
mark:hover, mark:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.empty { color: var(--muted); }
@media print { mark { box-shadow: none; } }
`;

/** The start of the page up to the opening of `<main>`, with the title and legend. */
export function pageStart(title: string): string {
  const legend = (['PER', 'LOC', 'ORG'] as const)
    .map((t) => `<li><span class="swatch" data-type="${t}">${t}</span> ${LABELS[t].ar} <span class="meta">(${LABELS[t].en})</span></li>`)
    .join('');
  return (
    `<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n` +
    `<h1><bdi>${escapeHtml(title)}</bdi></h1>\n<ul class="legend">${legend}</ul>\n`
  );
}

/** The end of the page. */
export function pageEnd(): string {
  return `</main>\n</body>\n</html>\n`;
}

/** One document: an optional heading, the summary table, then the text with its entities marked. */
export function renderDocument(analysis: RenderableAnalysis, options: { heading?: string } = {}): string {
  const parts: string[] = ['<section class="document">\n'];
  if (options.heading !== undefined) parts.push(`<h2><bdi>${escapeHtml(options.heading)}</bdi></h2>\n`);
  parts.push(`<p class="meta">الكيانات: ${analysis.entities.length} · الأحرف: ${analysis.text.length}</p>\n`);
  parts.push(summaryTable(analysis), '\n');
  parts.push(`<div class="text">${markText(analysis.text, analysis.entities)}</div>\n</section>\n`);
  return parts.join('');
}

/**
 * The whole page for one analysed document.
 *
 * @example
 * renderHtml(analyze('التقى الفياض بشار الأسد في دمشق'), { title: 'خبر' });
 * // '<!DOCTYPE html>\n<html dir="rtl" lang="ar">…<mark data-type="LOC" title="…">دمشق</mark>…'
 */
export function renderHtml(analysis: RenderableAnalysis, options: { title?: string } = {}): string {
  return pageStart(options.title ?? 'tahlil') + renderDocument(analysis) + pageEnd();
}

function summaryTable(a: RenderableAnalysis): string {
  const columns = [a.people, a.places, a.organisations];
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const head = (['PER', 'LOC', 'ORG'] as const)
    .map((t, i) => `<th scope="col"><span class="swatch" data-type="${t}">${t}</span> ${LABELS[t].ar} <span class="count">${columns[i]!.length}</span></th>`)
    .join('');
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = columns.map((c) => {
      const item = c[r];
      if (!item) return r === 0 ? '<td class="empty">—</td>' : '<td></td>';
      const id = item.id ? `<span class="id">${escapeHtml(item.id)}</span>` : '';
      return `<td>${escapeHtml(item.name)}<span class="count" title="mentions">${item.count}</span>${id}</td>`;
    });
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table class="summary">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function tooltip(e: Entity): string {
  const lines = [`${e.type}: ${e.canonical ?? e.text}`];
  if (e.id) lines.push(`id: ${e.id}`);
  lines.push(`source: ${e.source}`);
  return lines.join('\n');
}

/** The text, escaped, with every entity in a `<mark data-type>`. Overlapping or out-of-range entities are skipped. */
function markText(text: string, entities: readonly Entity[]): string {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (!(e.start >= at && e.end > e.start && e.end <= text.length)) continue;
    out.push(escapeHtml(text.slice(at, e.start)));
    const attrs = [`data-type="${escapeHtml(e.type)}"`, `title="${escapeHtml(tooltip(e))}"`, 'tabindex="0"'];
    if (e.id) attrs.push(`data-id="${escapeHtml(e.id)}"`);
    out.push(`<mark ${attrs.join(' ')}>${escapeHtml(text.slice(e.start, e.end))}</mark>`);
    at = e.end;
  }
  out.push(escapeHtml(text.slice(at)));
  return out.join('');
}
