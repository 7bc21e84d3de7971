/**
 * A small seeded pseudo-random generator (mulberry32, public domain, by Tommy Ettinger), so a
 * sensitivity run is reproducible from its seed on every platform. Not cryptographic.
 */
export interface Prng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform in [−a, a]. */
  symmetric(a: number): number;
}

/** Hashes a seed (number or text) to a 32-bit state (FNV-1a over its decimal/UTF-16 form). */
function seedState(seed: number | string): number {
  const text = typeof seed === 'number' ? String(seed) : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A mulberry32 generator from a seed. */
export function mulberry32(seed: number | string): Prng {
  let state = seedState(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, symmetric: (a) => (a === 0 ? 0 : (2 * next() - 1) * a) };
}
