const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 date system is 1899-12-31, but Excel counts 1900-02-29, which never was: from serial 61 on, day 0 is 1899-12-30. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A date cell's serial number as `YYYY-MM-DD` (with ` HH:MM:SS` when it has a time of day), the
 * form the date parser reads. Returns undefined for a serial that is not a number.
 */
export function excelDate(stored: string, date1904: boolean): string | undefined {
  const serial = Number(stored);
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  // Before 1900-03-01 (serial 61) the 1900 system is one day off; such dates never reach a bureau file.
  const epoch = date1904 ? EPOCH_1904 : days < 61 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  const t = new Date(epoch + days * DAY_MS);
  const date = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`;
  const seconds = Math.round((serial - days) * 86_400);
  if (seconds === 0 || seconds === 86_400) return date;
  return `${date} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
