import type { PolicyCatalog } from '../catalog/catalog.js';

/**
 * What the land-use-tax reliefs of a run assumed about who holds each firm's land, said aloud:
 * with no records, every firm's evaluated land is taken as its own; with records but no column
 * that says a firm leases land (租用土地面积, 租用厂房面积), every firm counts as the land-right
 * holder, tenants included; and how many tenant firms got no relief (the holder pays that tax).
 * Nothing when the catalog has no relief.
 */
export function landWarnings(catalog: PolicyCatalog, leaseKnown: boolean | null, tenants: number): string[] {
  if (!catalog.measures.some((m) => m.instrument.kind === 'relief')) return [];
  const out: string[] = [];
  if (leaseKnown === null)
    out.push(
      '未提供企业记录：城镇土地使用税减免按评价用地计算，视每家企业为其用地的土地使用权人 / no records given: the land-use-tax relief is computed on the evaluated land, every firm taken as the holder of its land-use right',
    );
  else if (!leaseKnown)
    out.push(
      '数据中没有承租土地的列（租用土地面积、租用厂房面积）：每家企业的用地均按自有土地使用权计，承租企业也得到了城镇土地使用税减免；请在土地数据中分列土地使用权面积与租用土地面积 / no source has a leased-land column (租用土地面积, 租用厂房面积): every firm\u2019s land is taken as held under its own land-use right, so tenants got the land-use-tax relief too; give the land-use-right and leased areas as separate columns',
    );
  if (tenants > 0)
    out.push(
      `${tenants} 家企业仅有承租土地，城镇土地使用税由土地使用权人缴纳，未予减免 / ${tenants} firm(s) use only leased land and get no land-use-tax relief: the land-right holder pays that tax`,
    );
  return out;
}
