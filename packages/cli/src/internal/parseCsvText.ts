/**
 * A minimal RFC 4180 reader for the CSV files `score` itself wrote (prior results given to
 * `--history`). Bureau exports go through @mujun/csv, which handles the real mess.
 */

/**
 * Rows of cells; a UTF-8 BOM is dropped, CRLF, LF or CR end rows, empty lines are skipped. With
 * `width`, only each row's first `width` cells (a reader that needs a few leading columns of a
 * wide file makes no strings for the others).
 */
export function parseCsvText(text: string, width = Infinity): string[][] {
  const rows: string[][] = [];
  const s = text.replace(/^\uFEFF/, '');
  const keep = (row: string[]) => {
    if (row.length > width) row.length = width;
    if (row.some((x) => x !== '')) rows.push(row);
  };
  const limit = width === Infinity ? undefined : width;
  for (let i = 0; i < s.length; ) {
    let end = s.indexOf('\n', i);
    if (end < 0) end = s.length;
    const stop = end > i && s.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = s.slice(i, stop);
    // A line that ends its row (no quoted line break, no lone CR) is cut with indexOf and slice — a 10⁵-row
    // history in a fraction of the time the character loop takes; any other row goes through that loop.
    const cells = line.indexOf('\r') >= 0 ? null : line.indexOf('"') < 0 ? line.split(',', limit) : splitLine(line);
    if (cells !== null) {
      keep(cells);
      i = end + 1;
    } else i = quotedRow(s, i, keep);
  }
  return rows;
}

/**
 * The cells of one line that holds quotes, when each quote opens or closes a whole cell; null when
 * a quoted cell runs past the line (the row goes on) or a quote sits inside a cell.
 */
function splitLine(line: string): string[] | null {
  const cells: string[] = [];
  for (let i = 0; ; ) {
    if (line.charCodeAt(i) === 34) {
      let cell = '';
      for (let j = i + 1; ; ) {
        const q = line.indexOf('"', j);
        if (q < 0) return null;
        cell += line.slice(j, q);
        if (line.charCodeAt(q + 1) !== 34) {
          i = q + 1;
          break;
        }
        cell += '"';
        j = q + 2;
      }
      cells.push(cell);
      if (i === line.length) return cells;
      if (line.charCodeAt(i) !== 44) return null;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const cell = line.slice(i, comma < 0 ? line.length : comma);
      if (cell.indexOf('"') >= 0) return null;
      cells.push(cell);
      if (comma < 0) return cells;
      i = comma + 1;
    }
  }
}

/** The row that begins at `i`, read character by character (quotes may hold commas and line breaks); where the next begins. */
function quotedRow(s: string, i: number, keep: (row: string[]) => void): number {
  const row: string[] = [];
  let cell = '';
  let quoted = false;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    if (quoted) {
      if (c === '"' && s.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s.charAt(i + 1) === '\n') i++;
      row.push(cell);
      keep(row);
      return i + 1;
    } else cell += c;
  }
  row.push(cell);
  keep(row);
  return i;
}
