import type { SourceKind } from '@mujun/core';
import { KIND_ORDER } from './kindOrder.js';

/** Why a source's value of a field was used over another's. */
export type PrecedenceReason =
  /** `--prefer field=file` (MergeOptions.precedence) names it. */
  | 'prefer'
  /** The scheme's `sourcePrecedence` puts its kind first. */
  | 'scheme'
  /** The default order of kinds for the field (the tax bureau's tax, the land bureau's land …). */
  | 'kind'
  /** Both are of one kind (or of none): the file names in code-point order. */
  | 'name';

/**
 * Whose figure a field is taken from when several exports have it (DOMAIN.md §7): each bureau's
 * own figures first — land from 自然资源, tax from 税务, electricity from 供电, emissions and the
 * key-polluter list from 生态环境, scale, value added, energy, employees and R&D from 统计's 一套表
 * — and sales from the statistics bureau's 营业收入 before the tax bureau's invoices unless the
 * scheme says otherwise. The name is the tax registration's. Kinds not listed follow in
 * {@link KIND_ORDER} order, then sources of no known kind.
 */
const DEFAULT_ORDER: Readonly<Record<string, readonly SourceKind[]>> = {
  name: ['tax', 'statistics', 'land', 'environment', 'power'],
  county: ['statistics', 'tax', 'land'],
  town: ['statistics', 'tax', 'land'],
  park: ['statistics', 'tax', 'land'],
  industryCode: ['statistics', 'tax', 'environment'],
  scale: ['statistics'],
  keyPolluter: ['environment'],
  landOwnedMu: ['land'],
  landLeasedOutMu: ['land'],
  landLeasedInMu: ['land'],
  rentedFloorM2: ['land'],
  taxWan: ['tax', 'statistics'],
  salesWan: ['statistics', 'tax'],
  valueAddedWan: ['statistics'],
  energyTce: ['statistics', 'power'],
  electricityWanKwh: ['power', 'statistics'],
  emissionEq: ['environment', 'statistics'],
  codT: ['environment', 'statistics'],
  ammoniaNitrogenT: ['environment', 'statistics'],
  so2T: ['environment', 'statistics'],
  noxT: ['environment', 'statistics'],
  rdWan: ['statistics', 'tax'],
  employees: ['statistics', 'tax'],
  productionStartDate: ['statistics', 'land'],
  constructionPeriodEnd: ['land'],
  violations: ['environment'],
};

/** A source as precedence sees it: its name, its kind, and its place among the names in code-point order. */
export interface RankedSource {
  name: string;
  kind: SourceKind | null;
  nameOrder: number;
}

/** Who states an order: `--prefer` (field → source names) and the scheme (field → kinds). */
export interface PrecedenceRules {
  prefer?: Partial<Record<string, readonly string[]>> | undefined;
  scheme?: Partial<Record<string, readonly SourceKind[]>> | undefined;
}

/** Where `x` is in `list`, or past its end. */
const place = <T>(list: readonly T[] | undefined, x: T): number => {
  const i = list === undefined ? -1 : list.indexOf(x);
  return i >= 0 ? i : (list?.length ?? 0);
};

/**
 * The sort key of a source for a field (`taxWan`, or `flags.high-tech` for one flag): lower wins.
 * Four places, each deciding only when the ones before tie: `--prefer`, the scheme, the default
 * order of kinds, the file name. Nothing in it depends on the order the files were given in.
 */
export function precedenceKey(field: string, source: RankedSource, rules: PrecedenceRules): readonly number[] {
  const base = field.includes('.') ? field.slice(0, field.indexOf('.')) : field;
  const kind = source.kind;
  const byDefault = kind === null ? Infinity : place(DEFAULT_ORDER[base], kind) * KIND_ORDER.length + KIND_ORDER.indexOf(kind);
  return [place(rules.prefer?.[base], source.name), kind === null ? Infinity : place(rules.scheme?.[base], kind), byDefault, source.nameOrder];
}

const REASONS: readonly PrecedenceReason[] = ['prefer', 'scheme', 'kind', 'name'];

/** Compares two keys of {@link precedenceKey}. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** Why the source of key `won` beat the source of key `lost`: the first place where they differ. */
export function reasonOf(won: readonly number[], lost: readonly number[]): PrecedenceReason {
  const i = won.findIndex((x, k) => x !== lost[k]);
  return REASONS[i < 0 ? 3 : i]!;
}
