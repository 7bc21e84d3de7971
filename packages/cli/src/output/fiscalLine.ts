/** The one-line fiscal summary `score --policy` prints on stderr (全区合计 / district totals). */
import type { PolicyOutcome } from '@mujun/policy';

/** "政策 policy <id>: 加价收入 … 元 · 减免让利 … 元 · 净额 … 元". */
export function fiscalLine(policies: PolicyOutcome): string {
  const t = policies.fiscal.total;
  return (
    `政策 policy ${policies.catalogId}: 加价收入 surcharge revenue ${t.surchargeRevenue} 元 yuan (${t.firmsCharged} 家 firms) · ` +
    `减免让利 relief forgone ${t.reliefForgone} 元 yuan (${t.firmsRelieved} 家 firms) · 净额 net ${t.net} 元 yuan`
  );
}
