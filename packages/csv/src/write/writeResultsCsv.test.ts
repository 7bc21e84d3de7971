import { text } from 'node:stream/consumers';
import { gb18030Bytes } from './gb18030Bytes.js';
import { describe, expect, it } from 'vitest';
import { readSource } from '../node/readSource.js';
import { csvCell } from './csvCell.js';
import type { ResultColumn } from './resultColumn.js';
import { formatResultsCsv, writeResultsCsv } from './writeResultsCsv.js';
import { formatResultsJson, writeResultsJson } from './writeResultsJson.js';

const T = { kind: 'text', yes: '是', no: '否' } as const;
const N = { ...T, kind: 'number' } as const;
const C = { ...T, kind: 'code' } as const;

describe('csvCell: formula injection and quoting', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 519', "'+86 519"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['常州某某有限公司', '常州某某有限公司'],
  ])('text %j → %j', (value, want) => expect(csvCell(value, T)).toBe(want));

  it('leaves numbers alone in number cells, including negatives', () => {
    expect(csvCell('-12.5', N)).toBe('-12.5');
    expect(csvCell(-3, N)).toBe('-3');
    expect(csvCell('0', N)).toBe('0');
    // A number column holding text is still text, and neutralised.
    expect(csvCell('-x', N)).toBe("'-x");
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvCell('a,b', T)).toBe('"a,b"');
    expect(csvCell('say "hi"', T)).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', T)).toBe('"two\nlines"');
    expect(csvCell(' pad', T)).toBe('" pad"');
  });

  it('keeps an all-digit credit code from becoming 9.14403E+17 in Excel', () => {
    expect(csvCell('914403001922038216', C)).toBe('"=""914403001922038216"""');
    expect(csvCell('9144030071526726XG', C)).toBe('9144030071526726XG');
    expect(csvCell('913204001234567E89', C)).toBe('"=""913204001234567E89"""');
    expect(csvCell('0311', C)).toBe('"=""0311"""');
    expect(csvCell('3311', C)).toBe('3311');
  });

  it('writes empty cells for null and undefined, and 是/否 for booleans', () => {
    expect(csvCell(null, T)).toBe('');
    expect(csvCell(undefined, N)).toBe('');
    expect(csvCell(true, T)).toBe('是');
  });
});

interface Row {
  code: string;
  name: string;
  score: string;
}
const columns: ResultColumn<Row>[] = [
  { id: 'code', zh: '统一社会信用代码', en: 'Credit code', kind: 'code', value: (r) => r.code },
  { id: 'name', zh: '企业名称', en: 'Name', value: (r) => r.name },
  { id: 'score', zh: '得分', en: 'Score', kind: 'number', value: (r) => r.score },
];
const rows: Row[] = [
  { code: '9144030071526726XG', name: '=cmd|" /C calc"!A0', score: '-12.5' },
  { code: '91330100716105852F', name: '阿里巴巴（中国）有限公司', score: '88.25' },
];

describe('writeResultsCsv', () => {
  it('writes a UTF-8 BOM, CRLF line ends, Chinese headers by default', async () => {
    const out = Buffer.concat(await writeResultsCsv(rows, columns).toArray());
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString('utf8')).toBe(
      '统一社会信用代码,企业名称,得分\r\n' + `9144030071526726XG,"'=cmd|"" /C calc""!A0",-12.5\r\n` + '91330100716105852F,阿里巴巴（中国）有限公司,88.25\r\n',
    );
    expect(formatResultsCsv(rows, columns).equals(out)).toBe(true);
  });

  it('writes English headers on request', () => {
    expect(formatResultsCsv([], columns, { headers: 'en' }).toString('utf8')).toBe('\ufeffCredit code,Name,Score\r\n');
  });

  it('writes GBK on request (no BOM) that reads back to the same text', async () => {
    const out = Buffer.concat(await writeResultsCsv(rows, columns, { encoding: 'gbk' }).toArray());
    expect(out.subarray(0, 4).equals(Buffer.from(gb18030Bytes('统一')))).toBe(true);
    expect(new TextDecoder('gb18030').decode(out)).toBe(formatResultsCsv(rows, columns).toString('utf8').slice(1));
    // …and our own reader detects it and reads the names back.
    const back = await readSource({ name: 'out.csv', data: out });
    expect(back.file.encoding).toBe('gb18030');
    expect([...back.rows.names]).toEqual(['\'=cmd|" /C calc"!A0', '阿里巴巴（中国）有限公司']);
  });

  it('streams from an async iterable', async () => {
    async function* gen() {
      for (const r of rows) yield r;
    }
    const s = await text(writeResultsCsv(gen(), columns, { headers: 'en' }));
    expect(s.split('\r\n')).toHaveLength(4);
  });
});

describe('JSON writer', () => {
  it('streams arrays element by element, and matches the formatted text', async () => {
    const doc = {
      scheme: 'wujin-2018',
      results: [
        { creditCode: 'X', total: '1.50' },
        { creditCode: 'Y', total: '-2' },
      ],
      excluded: [],
      accounting: { rows: 2 },
    };
    const streamed = await text(writeResultsJson(doc));
    expect(streamed).toBe(formatResultsJson(doc));
    expect(JSON.parse(streamed)).toEqual(doc);
    expect(streamed).toBe(
      '{\n  "scheme": "wujin-2018",\n  "results": [\n    {"creditCode":"X","total":"1.50"},\n    {"creditCode":"Y","total":"-2"}\n  ],\n  "excluded": [],\n  "accounting": {"rows":2}\n}\n',
    );
  });
  it('refuses a non-finite number, also inside a listed element beside a real null', async () => {
    await expect(text(writeResultsJson({ x: Number.NaN }))).rejects.toThrow(/internal error/);
    await expect(text(writeResultsJson({ results: [{ county: null, total: Number.POSITIVE_INFINITY }] }))).rejects.toThrow(/internal error/);
  });
  it('writes a bigint as its digits, and a real null as null', async () => {
    const streamed = await text(writeResultsJson({ results: [{ fen: 123456789012345678901234567890n, county: null }] }));
    expect(JSON.parse(streamed)).toEqual({ results: [{ fen: '123456789012345678901234567890', county: null }] });
  });
});
