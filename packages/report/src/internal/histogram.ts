import type { EnterpriseResult, Evaluation, PoolSummary } from '@mujun/core';
import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { classSlug } from './classTable.js';
import { escapeHtml } from './escape.js';
import { section } from './html.js';

const W = 640;
const H = 170;
const M = { left: 34, right: 12, top: 40, bottom: 24 };
/** Room one floor label needs, in SVG units. */
const LABEL_WIDTH = 78;

/** Score axis: from 0 (or the lowest total) to the next multiple of 10 above the highest. */
function domain(totals: readonly number[]): [number, number] {
  const lo = Math.min(0, Math.floor(Math.min(...totals) / 10) * 10);
  const hi = Math.max(10, Math.ceil(Math.max(...totals) / 10) * 10);
  return [lo, hi === lo ? lo + 10 : hi];
}

/** Bin width: 5 points on a 0–100 axis, wider on longer axes so there are at most ~40 bins. */
function binWidth(lo: number, hi: number): number {
  const span = hi - lo;
  for (const w of [1, 2, 5, 10, 20, 50, 100]) if (span / w <= 40) return w;
  return Math.ceil(span / 40);
}

/** One pool's stacked histogram of totals, coloured by class, with the class floors as dashed lines. */
function poolHistogram(pool: PoolSummary, results: readonly EnterpriseResult[], classes: readonly string[], dict: Dictionary): string {
  const totals = results.map((r) => Number(r.total));
  if (totals.length === 0) return '';
  const [lo, hi] = domain(totals);
  const bw = binWidth(lo, hi);
  const nBins = Math.ceil((hi - lo) / bw);
  const bins: Record<string, number>[] = Array.from({ length: nBins }, () => ({}));
  for (const r of results) {
    const i = Math.min(nBins - 1, Math.floor((Number(r.total) - lo) / bw));
    const bin = bins[i];
    if (bin) bin[r.class] = (bin[r.class] ?? 0) + 1;
  }
  const maxCount = Math.max(1, ...bins.map((b) => Object.values(b).reduce((s, n) => s + n, 0)));
  const x = (v: number): number => M.left + ((v - lo) / (hi - lo)) * (W - M.left - M.right);
  const y = (n: number): number => H - M.bottom - (n / maxCount) * (H - M.top - M.bottom);
  const parts: string[] = [];
  bins.forEach((bin, i) => {
    let acc = 0;
    for (const c of classes) {
      const n = bin[c] ?? 0;
      if (n === 0) continue;
      const x0 = x(lo + i * bw) + 0.5;
      const x1 = x(lo + (i + 1) * bw) - 0.5;
      const tip = `${lo + i * bw}–${lo + (i + 1) * bw}: ${label(dict.classes, c)} ${n}`;
      parts.push(
        `<rect class="bar cls-${classSlug(c)}" x="${x0.toFixed(1)}" y="${y(acc + n).toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${(y(acc) - y(acc + n)).toFixed(1)}"><title>${escapeHtml(tip)}</title></rect>`,
      );
      acc += n;
    }
  });
  parts.push(`<line class="axis" x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}"/>`);
  const tickStep = hi - lo > 100 ? 20 * Math.ceil((hi - lo) / 200) : 10;
  for (let t = lo; t <= hi; t += tickStep) {
    parts.push(`<text class="tick" x="${x(t).toFixed(1)}" y="${H - M.bottom + 14}" text-anchor="middle">${t}</text>`);
  }
  parts.push(`<text class="tick" x="${M.left - 4}" y="${M.top + 4}" text-anchor="end">${maxCount}</text>`);
  // A floor line for every class but the lowest: the lowest total that reached that class.
  // Labels go on the lowest of three rows where they do not collide with one already placed.
  const lastXOnRow: number[] = [];
  classes.slice(0, -1).forEach((c) => {
    const floor = pool.lowestTotal[c as keyof PoolSummary['lowestTotal']];
    if (floor === undefined) return;
    const fxNum = x(Number(floor));
    const fx = fxNum.toFixed(1);
    const text = fill(dict.ui.classFloor, { class: c, score: floor });
    let row = 0;
    while (row < 2 && Math.abs((lastXOnRow[row] ?? -1e9) - fxNum) < LABEL_WIDTH) row++;
    lastXOnRow[row] = fxNum;
    // Labels near an edge are anchored inwards so they are not clipped.
    const anchor = fxNum > W - LABEL_WIDTH / 2 ? 'end' : fxNum < M.left + LABEL_WIDTH / 2 ? 'start' : 'middle';
    parts.push(`<line class="floor cls-${classSlug(c)}" x1="${fx}" y1="${M.top - 4 - row * 11}" x2="${fx}" y2="${H - M.bottom}"/>`);
    parts.push(`<text class="floor-label" x="${fx}" y="${M.top - 7 - row * 11}" text-anchor="${anchor}">${escapeHtml(text)}</text>`);
  });
  const title = `${label(dict.groups, pool.group)}${pool.county ? ' · ' + pool.county : ''} (${pool.size})`;
  return (
    `<figure class="hist" data-pool="${escapeHtml(pool.pool)}"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg></figure>`
  );
}

/** Overview section: one histogram per pool. */
export function distributionSection(evaluation: Evaluation, classes: readonly string[], dict: Dictionary): string {
  const byPool = new Map<string, EnterpriseResult[]>();
  for (const r of evaluation.results) {
    const list = byPool.get(r.pool) ?? [];
    list.push(r);
    byPool.set(r.pool, list);
  }
  const legend = classes.map((c) => `<span class="legend"><i class="swatch cls-${classSlug(c)}"></i>${escapeHtml(label(dict.classes, c))}</span>`).join('');
  const charts = evaluation.pools.map((p) => poolHistogram(p, byPool.get(p.pool) ?? [], classes, dict)).join('');
  return section(
    'distribution',
    dict.ui.distribution,
    `<p class="note">${escapeHtml(dict.ui.distributionNote)}</p><div class="legend-row">${legend}</div><div class="hists">${charts}</div>`,
  );
}
