/** Reading the options several subcommands share (defined in ./optionDocs.ts) into what the loaders take. */
import { checkPreferFields } from '../internal/optionIds.js';

/** The reading options of INPUT_OPTIONS as parsed values, for `readInputs`. */
export function inputOptionsOf(values: Record<string, unknown>): { mapping?: string; partial?: string[]; prefer?: string[] } {
  const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? (v as string[]) : undefined);
  const out: { mapping?: string; partial?: string[]; prefer?: string[] } = {};
  if (typeof values['mapping'] === 'string') out.mapping = values['mapping'];
  const partial = list(values['partial']);
  const prefer = list(values['prefer']);
  if (partial) out.partial = partial;
  if (prefer) out.prefer = (checkPreferFields(prefer), prefer);
  return out;
}
