import { describe, expect, it } from 'vitest';
import { getPolicyPreset, listPolicyPresets } from '../presets/presets.js';
import { validateCatalog, type CatalogValidation } from './validateCatalog.js';

const errorsOf = (v: CatalogValidation): string[] | undefined => (v.success ? undefined : v.error.issues.map((i) => i.message));

const measure = (id: string, extra: object = {}) => ({
  id,
  name: { zh: id, en: id },
  source: { document: 'test' },
  appliesTo: { classes: ['D'] },
  instrument: { kind: 'surcharge', base: 'electricityKwh', ratePerUnit: { value: '0.1', source: 'doc' } },
  ...extra,
});
const catalog = (measures: object[], extra: object = {}) => ({ id: 'c', title: { zh: 'c', en: 'c' }, measures, ...extra });

describe('validateCatalog', () => {
  it('accepts every preset, warning about unverified sources and placeholder defaults', () => {
    for (const { id } of listPolicyPresets()) {
      const v = validateCatalog(getPolicyPreset(id));
      expect(errorsOf(v), id).toBeUndefined();
    }
    expect(validateCatalog(getPolicyPreset('shandong-2022-electricity')).warnings?.some((w) => w.includes('not verified'))).toBe(true);
    expect(validateCatalog(getPolicyPreset('zhejiang-2019-land-tax')).warnings?.some((w) => w.includes('PLACEHOLDER'))).toBe(true);
  });

  it('refuses an amount that neither cites a source nor names a setting', () => {
    const v = validateCatalog(catalog([measure('m', { instrument: { kind: 'surcharge', base: 'gasM3', ratePerUnit: { value: '1' } } })]));
    expect(errorsOf(v)?.length).toBeGreaterThan(0);
  });

  it('refuses a sourced factor without its source, and a default without its note', () => {
    expect(
      errorsOf(
        validateCatalog(
          catalog([measure('m', { instrument: { kind: 'surcharge', base: 'gasM3', ratePerUnit: { setting: 's', factor: '0.5' } } })], {
            settings: { s: { label: 's', unit: 'u' } },
          }),
        ),
      ),
    ).toBeDefined();
    expect(errorsOf(validateCatalog(catalog([], { settings: { s: { label: 's', unit: 'u', default: '1' } } })))).toBeDefined();
  });

  it('reports cross-references a schema cannot check', () => {
    const v = validateCatalog(
      catalog(
        [
          measure('a', { combinationGroup: 'nope', exclusiveWith: ['ghost', 'a'] }),
          measure('a'),
          measure('e', { instrument: { kind: 'eligibility', lever: 'credit', effect: 'priority' }, combinationGroup: 'h' }),
          measure('s', {
            instrument: { kind: 'surcharge', base: 'gasM3', ratePerUnit: { setting: 'undeclared' } },
            conditions: { consecutiveYears: { min: 3, max: 2 } },
          }),
        ],
        { combinationGroups: [{ id: 'h', rule: 'highest' }] },
      ),
    );
    expect(errorsOf(v)).toEqual([
      'measures: 措施编号重复："a" / duplicate id "a"',
      'measures.a: 未声明的组合组："nope" / combination group "nope" is not declared',
      'measures.a: 互斥对象不存在："ghost" / exclusiveWith names unknown measure "ghost"',
      'measures.a: 措施不能与自身互斥 / a measure cannot be exclusive with itself',
      'measures.e: 资格类措施没有金额，不能参与就高 / an eligibility measure has no amount, so it cannot be in a "highest applies" group',
      'measures.s: 未声明的用户设定："undeclared" / setting "undeclared" is not declared in settings',
      'measures.s: 连续年数上限 2 小于下限 3 / consecutiveYears.max 2 < min 3',
    ]);
  });

  it('refuses a relief of more than the whole tax', () => {
    const relief = (percent: string) =>
      catalog([
        measure('r', {
          instrument: { kind: 'relief', tax: 'urbanLandUseTax', percent: { value: percent, source: 'doc' }, ratePerM2: { value: '4', source: 'doc' } },
        }),
      ]);
    const v = validateCatalog(relief('100.5'));
    expect(v.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['measures', 0, 'instrument', 'percent', 'value'],
        message: 'measures.r: 减免比例 100.5% 超过 100% / relief of 100.5 % is more than the whole tax',
      },
    ]);
    expect(validateCatalog(relief('100')).success).toBe(true);
  });

  it('getPolicyPreset refuses an unknown id with a code', () => {
    expect(() => getPolicyPreset('nowhere')).toThrow(expect.objectContaining({ code: 'unknown-preset' }));
  });
});

describe('validateCatalog messages', () => {
  it("gives zod's English messages after the path, as a scheme's do (zod/mini itself loads no locale)", () => {
    const v = validateCatalog(catalog([measure('m', { appliesTo: { classes: ['E'] } })], { title: { zh: '', en: 'c' } }));
    expect(v.success ? [] : v.error.issues.map((i) => i.message)).toEqual([
      'title.zh: 字段无效 / invalid — Too small: expected string to have >=1 characters',
      'measures[0].appliesTo.classes[0]: 字段无效 / invalid — Invalid option: expected one of "A"|"B"|"C"|"C-"|"D"',
    ]);
  });
});
