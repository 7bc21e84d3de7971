import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Workbook } from './workbook.js';

/** A small workbook: a frozen, filtered list with a code, an exact decimal and a control character. */
function smallWorkbook(): Uint8Array {
  const wb = new Workbook();
  const text = wb.style({ numFmt: '@' });
  const sheet = wb.addSheet('评价结果', { frozenColumns: 2, frozenRows: 1, autoFilter: true, columns: [{ width: 20, style: text }, { width: 10 }] });
  sheet.row([{ text: '统一社会信用代码' }, { text: '亩均税收' }]);
  sheet.row([{ text: '913204049672267986', style: text }, { number: '12345678.123456789' }]);
  sheet.row([{ text: 'a\u0001b <&> _x0041_' }, { text: ' kept ' }]);
  sheet.end();
  return wb.bytes();
}

describe('Workbook', () => {
  afterEach(() => vi.useRealTimers());

  test('the same content gives the same bytes whenever it is written', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    const first = smallWorkbook();
    vi.setSystemTime(new Date('2031-11-30T23:59:59Z'));
    expect(smallWorkbook()).toEqual(first);
  });

  test('codes stay text, figures keep their exact decimal text, XML-unsafe text is escaped', () => {
    const files = unzipSync(smallWorkbook());
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr"><is><t>913204049672267986</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>12345678.123456789</v></c>');
    expect(sheet).toContain('<t>a_x0001_b &lt;&amp;&gt; _x005F_x0041_</t>');
    expect(sheet).toContain('<t xml:space="preserve"> kept </t>');
    expect(sheet).toContain('<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:B1"/>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain(`'评价结果'!$A$1:$B$1`);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('<numFmt numFmtId="164" formatCode="@"/>');
  });
});
