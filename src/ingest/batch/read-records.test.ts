import { describe, expect, it } from 'vitest';
import { csvRows, readCsv } from './read-csv.js';
import { readJsonl, streamLines, TOO_LONG } from './read-jsonl.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
async function* chunks(...parts: string[]) {
  yield* parts;
}

describe('streamLines', () => {
  it('splits LF and CRLF lines across chunk boundaries', async () => {
    expect(await collect(streamLines(chunks('a\r\nb', 'c\n', '\nd')))).toEqual(['a', 'bc', '', 'd']);
  });

  it('drops the content of lines over the cap, wherever they break', async () => {
    expect(await collect(streamLines(chunks('short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok\n'), 10))).toEqual(
      ['short', TOO_LONG, 'ok'],
    );
  });
});

describe('readJsonl', () => {
  it('reports bad lines with file:line and keeps going', async () => {
    const entries = await collect(
      readJsonl(
        chunks('{"text":"One story."}', '[1,2]', '', '{"html":"<p>Two</p>","title":"T","date":"2026-01-01"}'),
        'b.jsonl',
      ),
    );
    expect(entries).toEqual([
      { location: 'b.jsonl:1', payload: { kind: 'text', text: 'One story.' }, meta: {} },
      { location: 'b.jsonl:2', reason: 'bad-record', message: 'b.jsonl:2: expected a JSON object' },
      {
        location: 'b.jsonl:4',
        payload: { kind: 'html', html: '<p>Two</p>' },
        meta: { title: 'T', published: '2026-01-01' },
      },
    ]);
  });
});

describe('CSV', () => {
  it('parses quoted fields with commas, quotes and line breaks', async () => {
    const rows = await collect(csvRows(chunks('a,"b, ""c""\n', 'd",e\r\nf,g,h')));
    expect(rows).toEqual([
      { fields: ['a', 'b, "c"\nd', 'e'], line: 1 },
      { fields: ['f', 'g', 'h'], line: 3 },
    ]);
  });

  it('stops a file at a field over the cap, naming where', async () => {
    await expect(collect(csvRows(chunks(`a,${'x'.repeat(50)}\n`), ',', 20))).rejects.toThrow(
      /line 1: a field is longer than 20/,
    );
  });

  it('needs a text or html column', async () => {
    expect(await collect(readCsv(chunks('title,body2\nx,y\n'), 'f.csv'))).toEqual([
      {
        location: 'f.csv:1',
        reason: 'bad-header',
        message: 'f.csv:1: the header names no "text" or "html" column',
      },
    ]);
  });
});
