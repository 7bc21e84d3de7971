/// <reference lib="dom" />
/** The page's few DOM helpers: an element by id, and a download of bytes made in the page. */

/** The element with `id` (the shell has them all). */
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Hands `data` to the browser as a download named `name` (a blob: URL, never a request). */
export function download(name: string, data: BlobPart, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
