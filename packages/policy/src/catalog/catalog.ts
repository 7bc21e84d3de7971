import * as z from 'zod/mini';
import type { Described } from '@mujun/core';
import { SettingDeclaration } from './amount.js';
import { Measure } from './measure.js';
import { BilingualText, PolicyId } from './text.js';

/** How the measures of one combination group combine on one firm. */
export const CombinationGroup = z.strictObject({
  id: PolicyId,
  rule: z.enum(['stack', 'highest']),
  note: z.optional(z.string()),
});
export type CombinationGroup = z.infer<typeof CombinationGroup>;

/** A differentiated-policy catalog (差别化政策目录): measures, user settings and combination rules. */
export const PolicyCatalog = z.strictObject({
  $schema: z.optional(z.string()),
  id: PolicyId.clone(), // its own instance, to carry its own description
  title: BilingualText,
  description: z.optional(z.string()),
  settings: z._default(z.record(PolicyId, SettingDeclaration), {}),
  combinationGroups: z._default(z.array(CombinationGroup), []),
  measures: z.array(Measure),
});

/** A validated policy catalog; see {@link PolicyCatalog}. */
export type PolicyCatalog = z.infer<typeof PolicyCatalog>;

/** A catalog as written in JSON, before defaults are filled in. */
export type PolicyCatalogInput = z.input<typeof PolicyCatalog>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const CATALOG_DOCS: readonly Described[] = [
  {
    schema: CombinationGroup,
    description: 'A named set of measures and how they combine.',
    fields: {
      rule: 'stack: all qualifying measures apply (叠加); highest: only the largest amount applies (不叠加，就高).',
      note: 'Source or reason of the rule.',
    },
  },
  {
    schema: PolicyCatalog,
    description: 'A catalog of differentiated policies by class, each amount citing its source or marked as a user setting.',
    fields: {
      $schema: 'JSON Schema reference for editors; ignored.',
      id: 'Catalog id, e.g. "zhejiang-2019-land-tax".',
      description: 'Scope and caveats.',
      settings: 'User settings (用户设定) the measures refer to, by id.',
      combinationGroups: 'Named combination groups.',
      measures: 'The measures, in precedence order (earlier wins an exclusivity conflict).',
    },
  },
];
