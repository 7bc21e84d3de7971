/** What a numeric column measures; each has one canonical unit, the one EnterpriseRecord uses. */
export type Dimension = 'money' | 'land' | 'floor' | 'energy' | 'electricity' | 'mass' | 'headcount' | 'equivalent';

/** A unit a header may name in brackets, and how to convert a figure in it to the canonical unit. */
export interface UnitSpec {
  /** The unit as shown in the docs. */
  unit: string;
  /** Spellings accepted in a header (compared after header normalisation: NFKC, lower case, no spaces). */
  tokens: readonly string[];
  /** canonical = value × factor (exact decimal). */
  factor: string;
}

/** Per dimension: the canonical unit first, then the others. */
export const UNITS: Readonly<Record<Dimension, readonly UnitSpec[]>> = {
  money: [
    { unit: '万元', tokens: ['万元', '万', '万元人民币'], factor: '1' },
    { unit: '元', tokens: ['元', '人民币元', '元人民币'], factor: '0.0001' },
    { unit: '千元', tokens: ['千元'], factor: '0.1' },
    { unit: '亿元', tokens: ['亿元'], factor: '10000' },
  ],
  land: [
    { unit: '亩', tokens: ['亩'], factor: '1' },
    { unit: '平方米', tokens: ['平方米', 'm2', '平米', '平方'], factor: '0.0015' },
    { unit: '公顷', tokens: ['公顷', 'hm2', 'ha'], factor: '15' },
  ],
  floor: [{ unit: '平方米', tokens: ['平方米', 'm2', '平米', '平方'], factor: '1' }],
  energy: [
    { unit: '吨标准煤', tokens: ['吨标准煤', '吨标煤', 'tce', '吨'], factor: '1' },
    { unit: '千克标准煤', tokens: ['千克标准煤', '千克标煤', '公斤标准煤', '公斤标煤', 'kgce'], factor: '0.001' },
    { unit: '万吨标准煤', tokens: ['万吨标准煤', '万吨标煤', '万tce'], factor: '10000' },
  ],
  electricity: [
    { unit: '万千瓦时', tokens: ['万千瓦时', '万kwh', '万度', '万kw·h', '万kw.h'], factor: '1' },
    { unit: '千瓦时', tokens: ['千瓦时', 'kwh', '度', 'kw·h', 'kw.h'], factor: '0.0001' },
    { unit: '兆瓦时', tokens: ['兆瓦时', 'mwh'], factor: '0.1' },
    { unit: '亿千瓦时', tokens: ['亿千瓦时', '亿kwh', '亿度'], factor: '10000' },
  ],
  mass: [
    { unit: '吨', tokens: ['吨', 't'], factor: '1' },
    { unit: '千克', tokens: ['千克', '公斤', 'kg'], factor: '0.001' },
  ],
  headcount: [{ unit: '人', tokens: ['人', '个', '名'], factor: '1' }],
  equivalent: [{ unit: '污染当量', tokens: ['污染当量', '当量', '当量数'], factor: '1' }],
};

/** The canonical unit of a dimension. */
export function canonicalUnit(d: Dimension): UnitSpec {
  return UNITS[d][0]!;
}

/** The unit a (normalised) bracket text names for a dimension, or null. */
export function findUnit(d: Dimension, token: string): UnitSpec | null {
  const t = token.replace(/^单位[:：]?/, '');
  for (const u of UNITS[d]) if (u.tokens.includes(t)) return u;
  return null;
}
