// `tahlil terms` on the built command line.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './helpers/cli.js';

beforeAll(ensureBuilt, 300_000);

describe('tahlil terms', () => {
  it('prints the stems of each line, without stop words', async () => {
    const r = await runCli(['terms'], { input: 'وصل الوفد إلى بغداد والعراق\n\nهذا في العراقيين\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('وصل وفد بغداد عراق\n\nعراقي\n');
  });

  it('--no-stem and --keep-stopwords', async () => {
    const r = await runCli(['terms', '--no-stem', '--keep-stopwords'], { input: 'هذا في والعراقيون\n' });
    expect(r.stdout).toBe('هذا في عراقيون\n');
  });

  it('JSONL in and out keeps the id and gives offsets; --names adds multi-word names', async () => {
    const r = await runCli(['terms', '--input', 'jsonl', '--format', 'jsonl', '--names'], {
      input: '{"id":"a","text":"قال الأمين العام للأمم المتحدة"}\n',
    });
    const row = JSON.parse(r.stdout);
    expect(row.id).toBe('a');
    const un = row.terms.find((t: { term: string }) => t.term === 'الامم المتحده');
    expect('قال الأمين العام للأمم المتحدة'.slice(un.start, un.end)).toBe('لأمم المتحدة');
  });

  it('names the line of bad JSONL and exits non-zero', async () => {
    const r = await runCli(['terms', '--input', 'jsonl'], { input: '{"text":"بغداد"}\nnot json\n' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
  });
});

describe('tahlil tokenize --segments', () => {
  it('cuts as analyze does: names the gazetteer knows stay whole, a proclitic before one is cut', async () => {
    const r = await runCli(['tokenize', '--segments'], { input: 'زار بعلبك ثم لروسيا\n' });
    expect(r.code).toBe(0);
    const cuts = JSON.parse(r.stdout).map((t: { segments: { proclitics: { text: string }[]; stem: { text: string } } }) => [
      t.segments.proclitics.map((p) => p.text).join('+'),
      t.segments.stem.text,
    ]);
    // segment() alone, without the names, reads بعلبك (Baalbek) as ب + علبك.
    expect(cuts).toEqual([['', 'زار'], ['', 'بعلبك'], ['', 'ثم'], ['ل', 'روسيا']]);
  });
});
