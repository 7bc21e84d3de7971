/** The text of `score simulate`: what changed, the class migration matrix, the fiscal delta, who moved and why. */
import type { SimulationResult } from '@mujun/policy';

const signed = (s: string): string => (s.startsWith('-') ? s : `+${s}`);

/** The migration matrix as an aligned table: rows before (baseline), columns after (scenario). */
function migrationTable(result: SimulationResult): string[] {
  const { rows, columns, matrix } = result.migration;
  // Both sides score the same records: no firm is new or gone.
  const from = rows.filter((r) => r !== 'new');
  const to = columns.filter((c) => c !== 'gone');
  const cell = (s: string) => s.padStart(9);
  const lines = [`${'前\\后 from\\to'.padEnd(14)}${to.map(cell).join('')}`];
  for (const r of from) lines.push(`${r.padEnd(14)}${to.map((c) => cell(String(matrix[r]?.[c] ?? 0))).join('')}`);
  return lines;
}

/** The whole report. */
export function simulationText(result: SimulationResult, names: { baseline: string; scenario: string }): string {
  const f = result.fiscal;
  const lines = [`情景模拟 simulation: 基准 baseline ${names.baseline} → 情景 scenario ${names.scenario}`, ''];
  lines.push(`方案变化 scheme changes (${result.schemeChanges.length}):`);
  for (const c of result.schemeChanges) lines.push(`  ${c.text}`);
  lines.push(`政策变化 policy changes (${result.catalogChanges.length}):`);
  for (const c of result.catalogChanges) lines.push(`  ${c.text}`);
  lines.push(
    '',
    `类别迁移矩阵 class migration (企业 firms ${result.migration.counts.firms}, 变动 moved ${result.migration.moved.length}):`,
    ...migrationTable(result),
  );
  lines.push(
    '',
    '财政影响 fiscal delta (情景 − 基准 scenario − baseline, 元 yuan):',
    `  加价收入 surcharge revenue ${f.baseline.surchargeRevenue} → ${f.scenario.surchargeRevenue} (${signed(f.delta.surchargeRevenue)})`,
    `  减免让利 relief forgone    ${f.baseline.reliefForgone} → ${f.scenario.reliefForgone} (${signed(f.delta.reliefForgone)})`,
    `  净额 net                   ${f.baseline.net} → ${f.scenario.net} (${signed(f.delta.net)})`,
    '',
    `变动企业 firms that change (${result.changes.length}):`,
  );
  for (const c of result.changes) {
    lines.push(
      `  ${c.creditCode} ${c.name}: ${c.classBefore} → ${c.classAfter}, 总分 total ${c.totalBefore ?? '—'} → ${c.totalAfter ?? '—'}, 净缴 net ${signed(c.netDelta)} 元`,
    );
    for (const r of c.reasons) lines.push(`      ${r.text}`);
  }
  return `${lines.join('\n')}\n`;
}
