import { z } from 'zod';
import { SettingDeclaration } from './amount.js';
import { Measure } from './measure.js';
import { BilingualText, PolicyId } from './text.js';

/** How the measures of one combination group combine on one firm. */
export const CombinationGroup = z
  .strictObject({
    id: PolicyId,
    rule: z
      .enum(['stack', 'highest'])
      .describe('stack: all qualifying measures apply (叠加); highest: only the largest amount applies (不叠加，就高).'),
    note: z.string().optional().describe('Source or reason of the rule.'),
  })
  .describe('A named set of measures and how they combine.');
export type CombinationGroup = z.infer<typeof CombinationGroup>;

/** A differentiated-policy catalog (差别化政策目录): measures, user settings and combination rules. */
export const PolicyCatalog = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema reference for editors; ignored.'),
    id: PolicyId.describe('Catalog id, e.g. "zhejiang-2019-land-tax".'),
    title: BilingualText,
    description: z.string().optional().describe('Scope and caveats.'),
    settings: z
      .record(PolicyId, SettingDeclaration)
      .default({})
      .describe('User settings (用户设定) the measures refer to, by id.'),
    combinationGroups: z.array(CombinationGroup).default([]).describe('Named combination groups.'),
    measures: z.array(Measure).describe('The measures, in precedence order (earlier wins an exclusivity conflict).'),
  })
  .describe('A catalog of differentiated policies by class, each amount citing its source or marked as a user setting.');

/** A validated policy catalog; see {@link PolicyCatalog}. */
export type PolicyCatalog = z.infer<typeof PolicyCatalog>;

/** A catalog as written in JSON, before defaults are filled in. */
export type PolicyCatalogInput = z.input<typeof PolicyCatalog>;
