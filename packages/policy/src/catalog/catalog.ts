import * as z from 'zod/mini';
import { SettingDeclaration } from './amount.js';
import { Measure } from './measure.js';
import { BilingualText, PolicyId } from './text.js';

/** How the measures of one combination group combine on one firm. */
export const CombinationGroup = z
  .strictObject({
    id: PolicyId,
    rule: z
      .enum(['stack', 'highest'])
      .check(z.describe('stack: all qualifying measures apply (叠加); highest: only the largest amount applies (不叠加，就高).')),
    note: z.optional(z.string()).check(z.describe('Source or reason of the rule.')),
  })
  .check(z.describe('A named set of measures and how they combine.'));
export type CombinationGroup = z.infer<typeof CombinationGroup>;

/** A differentiated-policy catalog (差别化政策目录): measures, user settings and combination rules. */
export const PolicyCatalog = z
  .strictObject({
    $schema: z.optional(z.string()).check(z.describe('JSON Schema reference for editors; ignored.')),
    id: PolicyId.check(z.describe('Catalog id, e.g. "zhejiang-2019-land-tax".')),
    title: BilingualText,
    description: z.optional(z.string()).check(z.describe('Scope and caveats.')),
    settings: z._default(z.record(PolicyId, SettingDeclaration), {}).check(z.describe('User settings (用户设定) the measures refer to, by id.')),
    combinationGroups: z._default(z.array(CombinationGroup), []).check(z.describe('Named combination groups.')),
    measures: z.array(Measure).check(z.describe('The measures, in precedence order (earlier wins an exclusivity conflict).')),
  })
  .check(z.describe('A catalog of differentiated policies by class, each amount citing its source or marked as a user setting.'));

/** A validated policy catalog; see {@link PolicyCatalog}. */
export type PolicyCatalog = z.infer<typeof PolicyCatalog>;

/** A catalog as written in JSON, before defaults are filled in. */
export type PolicyCatalogInput = z.input<typeof PolicyCatalog>;
