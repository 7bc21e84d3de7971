import type { ColumnarRecords } from '@mujun/core';
import { ByteWriter } from '../write/byteWriter.js';
import { CsvLine } from '../write/csvLine.js';
import type { RecordCellBytes } from './lineSource.js';

/**
 * Each record's credit code, name and county as the CSV cells of a results table (csvCell's rules,
 * each followed by its comma), in shared memory so the worker thread that writes lines reads them
 * in place: record i's are bytes [ends[i − 1], ends[i]) (ends[−1] = 0).
 */
export function recordCells(records: ColumnarRecords): RecordCellBytes {
  const n = records.length;
  const cells = new ByteWriter(Math.max(48 << 10, n * 40), (size) => Buffer.from(new SharedArrayBuffer(size)));
  const ends = new Float64Array(new SharedArrayBuffer(8 * n));
  // The results table's kinds of the three columns: credit code, name, county.
  const line = new CsvLine(['code', 'text', 'text'], 'zh');
  // A few counties, a million times: each county's cell made once (up to a bound).
  const counties = new Map<string | undefined, Buffer>();
  for (let i = 0; i < n; i++) {
    const code = records.creditCode[i]!;
    cells.text(line.cell(0, code));
    cells.byte(44);
    cells.text(line.cell(1, records.name[i]!));
    cells.byte(44);
    const county = records.county[i];
    let countyCell = counties.get(county);
    if (countyCell === undefined) {
      countyCell = Buffer.from(`${county === undefined ? '' : line.cell(2, county)},`);
      if (counties.size < 4096) counties.set(county, countyCell);
    }
    cells.bytes(countyCell);
    ends[i] = cells.pos;
  }
  return { bytes: cells.buf.subarray(0, cells.pos), ends };
}
