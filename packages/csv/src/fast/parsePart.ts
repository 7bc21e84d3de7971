import { NUMERIC_FIELDS, setDecimal } from '@mujun/core';
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse';
import { mapHeaders, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type ParsedRow, type RowContext } from '../read/parseRow.js';
import { csvParseOptions, lineBreaks } from '../read/csvOptions.js';
import { ByteWriter } from '../write/byteWriter.js';
import { CsvLine } from '../write/csvLine.js';
import type { CodedText, Part, PartJob } from './partTypes.js';

const TEXT_FIELDS = ['county', 'industryCode', 'productionStartDate', 'constructionPeriodEnd'] as const;

/** Thrown when the bytes of a part are not UTF-8 or not well-formed CSV: the caller then reads the file the ordinary way, which reports it. */
export class NotFast extends Error {}

/**
 * Parses bytes [start, end) of a file — whole lines, the header excluded — with csv-parse and
 * read/parseRow (the ordinary reader's per-row function, so every value, rejection and summary row
 * is what the ordinary reader makes of it) into columns.
 */
export async function parsePart(job: PartJob): Promise<Part> {
  const map = mapHeaders(job.source, job.header, job.mapping);
  const find = (kind: string) => map.columns.find((c) => c.spec.kind === kind) as MappedColumn;
  const ctx: RowContext = {
    source: job.source,
    columns: map.columns,
    headerLength: job.header.length,
    codeColumn: find('credit-code'),
    nameColumn: find('name'),
    badValues: 'reject-row',
    onUnknownFlag: () => {},
  };
  const numericFields = NUMERIC_FIELDS.filter((f) => map.columns.some((c) => c.spec.field === f));
  const rows = Math.max(1024, Math.ceil((job.end - job.start) / 80));
  const b = builder(rows, numericFields, job.cells === true, Math.max(rows, job.numberCapacity ?? 0));

  let line = job.firstLine;
  let failure: unknown = null;
  const body = job.bytes.subarray(job.start, job.end);
  const parser = parse(csvParseOptions(job.delimiter, body.indexOf(13) >= 0));
  // Without a quote in the part no cell can hold a line break: every record is one line.
  const quoted = body.indexOf(34) >= 0;
  parser.on('data', (cells: string[]) => {
    const at = line;
    line += quoted ? 1 + lineBreaks(cells) : 1;
    const outcome = parseRow(ctx, cells, at);
    switch (outcome.kind) {
      case 'blank':
        b.part.blankLines++;
        return;
      case 'summary':
        b.part.dataRows++;
        b.part.summaryRows.push(outcome.summary);
        return;
      case 'rejected':
        b.part.dataRows++;
        b.part.rejectedRows++;
        b.part.rejected.push(...outcome.errors);
        if (outcome.creditCode) b.part.rejectedCodes.push(outcome.creditCode);
        if (outcome.swallowedCodes) b.part.rejectedCodes.push(...outcome.swallowedCodes);
        return;
      case 'row':
        b.part.dataRows++;
        b.add(outcome.row);
    }
  });
  const done = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (e) => {
      failure = e;
      resolve();
    });
  });
  // csv-parse works on bytes (a string written to it is encoded back to a Buffer), so the part's
  // bytes go in as they are, 1 MiB at a time; they are checked to be UTF-8 first, since csv-parse
  // would quietly replace what is not (the ordinary reader then decides what the file is).
  if (!isUtf8(body)) {
    parser.destroy();
    throw new NotFast('not UTF-8');
  }
  const SLICE = 1 << 20;
  for (let k = job.start; k < job.end && failure === null; k += SLICE) {
    const chunk = Buffer.from(job.bytes.buffer, job.bytes.byteOffset + k, Math.min(job.end, k + SLICE) - k);
    // After an error csv-parse emits no 'drain': waiting for it alone left the run hanging (exit 0, no output).
    if (!parser.write(chunk)) await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), done]);
  }
  parser.end();
  await done;
  if (failure !== null) throw new NotFast('malformed CSV');
  return b.finish();
}

/**
 * Typed-array columns that grow as rows come. The figure columns and record cells live in shared
 * memory, with room for `numberCapacity` rows: the first part is given room for the whole file,
 * so that the merge appends the other parts' figures and cells in place instead of copying all of
 * them into new columns (10⁶ rows: ~150 MB less at the peak, the copies being garbage until the
 * next full collection).
 */
function builder(initial: number, numericFields: readonly string[], withCells: boolean, numberCapacity: number) {
  let cap = initial;
  let numberCap = numberCapacity;
  // The cells too live in shared memory, the first part's with room for the whole file's.
  const cells = withCells ? new ByteWriter(Math.max(48 << 10, numberCapacity * 40), (n) => Buffer.from(new SharedArrayBuffer(n))) : null;
  let cellEnds = new Float64Array(new SharedArrayBuffer(withCells ? 8 * numberCap : 0));
  // The results table's kinds of the three columns: credit code, name, county (counties repeat: cached).
  const cellLine = new CsvLine(['code', 'text', 'text'], 'zh', [false, false, true]);
  let n = 0;
  let line = new Int32Array(cap);
  let scale = new Uint8Array(cap);
  let keyPolluter = new Uint8Array(cap);
  let codeHash = new Float64Array(cap);
  const codes: string[] = [];
  const names: string[] = [];
  const dicts = TEXT_FIELDS.map(() => new Map<string, number>());
  let textIds = TEXT_FIELDS.map(() => new Uint32Array(cap));
  // Not filled: every row writes each figure's scale (−1 when absent), so untouched room costs no memory.
  let mants = numericFields.map(() => new Float64Array(new SharedArrayBuffer(8 * numberCap)));
  let scales = numericFields.map(() => new Int8Array(new SharedArrayBuffer(numberCap)));
  const part: Part = {
    n: 0,
    line,
    codes: '',
    names: '',
    text: {},
    scale,
    keyPolluter,
    codeHash,
    numbers: {},
    flags: [],
    violations: [],
    rejected: [],
    rejectedRows: 0,
    rejectedCodes: [],
    fieldErrors: [],
    summaryRows: [],
    dataRows: 0,
    blankLines: 0,
    wide: false,
  };
  const grow = () => {
    cap *= 2;
    const g = <T extends Int32Array | Uint8Array | Uint32Array | Float64Array>(a: T): T => {
      const c = new (a.constructor as new (n: number) => T)(cap);
      c.set(a);
      return c;
    };
    line = g(line);
    scale = g(scale);
    keyPolluter = g(keyPolluter);
    codeHash = g(codeHash);
    textIds = textIds.map((a) => g(a));
  };
  const growNumbers = () => {
    numberCap *= 2;
    const g = <T extends Float64Array | Int8Array>(a: T): T => {
      const c = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(numberCap * a.BYTES_PER_ELEMENT));
      c.set(a);
      return c;
    };
    mants = mants.map((a) => g(a));
    scales = scales.map((a) => g(a));
    if (cells !== null) cellEnds = g(cellEnds);
  };
  const add = (row: ParsedRow) => {
    if (n === cap) grow();
    if (n === numberCap) growNumbers();
    const v = row.values;
    line[n] = row.row;
    codes.push(row.creditCode);
    codeHash[n] = hashCode(row.creditCode);
    names.push(v['name'] as string);
    scale[n] = v['scale'] === 'above' ? 1 : v['scale'] === 'below' ? 2 : 0;
    const kp = v['keyPolluter'];
    keyPolluter[n] = kp === undefined ? 0 : kp === true ? 2 : 1;
    for (let t = 0; t < TEXT_FIELDS.length; t++) {
      const s = v[TEXT_FIELDS[t]!];
      if (typeof s !== 'string') continue;
      const d = dicts[t]!;
      let id = d.get(s);
      if (id === undefined) d.set(s, (id = d.size + 1));
      textIds[t]![n] = id;
    }
    for (let k = 0; k < numericFields.length; k++) {
      const s = v[numericFields[k]!];
      if (typeof s === 'string' && setDecimal({ mant: mants[k]!, scale: scales[k]! }, n, s)) continue;
      if (typeof s === 'string') part.wide = true;
      scales[k]![n] = -1;
    }
    if (row.flags) part.flags.push([n, row.flags]);
    if (row.violations) part.violations.push([n, row.violations]);
    if (cells !== null) {
      if (!cells.safeCode(row.creditCode)) cells.text(cellLine.cell(0, row.creditCode));
      cells.byte(44);
      cells.text(cellLine.cell(1, v['name'] as string));
      cells.byte(44);
      const county = v['county'];
      if (typeof county === 'string') cells.text(cellLine.cell(2, county));
      cells.byte(44);
      cellEnds[n] = cells.pos;
    }
    n++;
  };
  const finish = (): Part => {
    // Views of what was written, not copies (a copy would leave the original as garbage; the room
    // beyond it goes along, untouched).
    part.n = n;
    part.line = line.subarray(0, n);
    part.scale = scale.subarray(0, n);
    part.keyPolluter = keyPolluter.subarray(0, n);
    part.codeHash = codeHash.subarray(0, n);
    part.codes = codes.join('\u0000');
    part.names = names.join('\u0000');
    TEXT_FIELDS.forEach((f, t) => {
      const c: CodedText = { ids: textIds[t]!.subarray(0, n), table: [...dicts[t]!.keys()] };
      part.text[f] = c;
    });
    numericFields.forEach((f, k) => {
      part.numbers[f] = { mant: mants[k]!.subarray(0, n), scale: scales[k]!.subarray(0, n) };
    });
    if (cells !== null) part.cells = { bytes: cells.buf.subarray(0, cells.pos), ends: cellEnds.subarray(0, n) };
    return part;
  };
  return { part, add, finish };
}

/** Two 26-bit multiplicative hashes of a string combined into one float (exact below 2^52). */
function hashCode(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 6) * 67108864 + (b >>> 6);
}
