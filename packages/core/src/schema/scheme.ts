import * as z from 'zod/mini';
import type { Described } from './described.js';
import type { ValidatedMark } from './validatedScheme.js';
import { Adjustments, Classes, Rounding } from './schemeClasses.js';
import { Group } from './schemeIndicator.js';
import { EmissionBasis, EmissionEquivalents, LandRule, SchemeSource, Scope } from './schemeScope.js';
import { SourcePrecedence } from './sourcePrecedence.js';

/**
 * The evaluation scheme (评价方案): who is evaluated, which indicators with which weights,
 * benchmarks and normalisation, bonus/penalty/veto rules, how totals become classes, and
 * rounding (DOMAIN.md §2–§5). Numbers are JSON numbers; the engine reads each one through its
 * shortest decimal string (`String(n)`), so `24.097` is exactly 24.097, never a binary float.
 *
 * Parse untrusted input with {@link validateScheme}; `Scheme.parse` alone skips the
 * cross-field checks (unique ids, class shares, weights), and `evaluate` accepts only what
 * `validateScheme` or `getPreset` returned.
 */
export const Scheme = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" / 小写字母、数字和连字符')),
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  sources: z._default(z.array(SchemeSource), []),
  provenance: z._default(z.string(), ''),
  scope: z.prefault(Scope, {}),
  land: z.prefault(LandRule, {}),
  emissionBasis: z._default(EmissionBasis, 'equivalents'),
  emissionEquivalents: z.prefault(EmissionEquivalents, {}),
  groups: z.array(Group).check(z.minLength(1)),
  sourcePrecedence: z.optional(SourcePrecedence),
  adjustments: z.prefault(Adjustments, {}),
  classes: z.prefault(Classes, {}),
  rounding: z.prefault(Rounding, {}),
});

/**
 * A checked scheme, every default filled in: what {@link validateScheme} and `getPreset` return
 * and what `evaluate` takes. It carries their mark ({@link ValidatedMark}), which a copy does not:
 * to change a scheme, change a copy (`{ ...scheme, rounding }`) and validate that.
 */
export type Scheme = SchemeWithDefaults & ValidatedMark;
/** A scheme with every default filled in, not yet checked (the built-in presets are written so). */
export type SchemeWithDefaults = z.output<typeof Scheme>;
/** What a scheme file may contain: defaults may be left out. */
export type SchemeInput = z.input<typeof Scheme>;

export { IndicatorIdSchema, ClassIdSchema, IndustryCodePrefix, SchemeSource, Scope, LandRule, EmissionBasis, EmissionEquivalents } from './schemeScope.js';
export {
  Normalisation,
  Benchmark,
  FixedBenchmark,
  PoolBenchmark,
  IndustryBenchmark,
  MissingRule,
  MissingRules,
  FIGURE_IDS,
  IndicatorSpec,
  GroupMembership,
  Group,
} from './schemeIndicator.js';
export type { BenchmarkLeaf, FigureId } from './schemeIndicator.js';
export { SOURCE_KINDS, SourceKindSchema, SourcePrecedence } from './sourcePrecedence.js';
export type { SourceKind } from './sourcePrecedence.js';
export { Adjustments, PointsRule, VetoRule, ClassTier, SmallPoolRule, Classes, Rounding } from './schemeClasses.js';

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const SCHEME_DOCS: readonly Described[] = [
  {
    schema: Scheme,
    description: '亩均论英雄 evaluation scheme (评价方案) for @mujun/core.',
    fields: {
      $schema: 'JSON Schema reference for editors; ignored.',
      id: 'Scheme id, e.g. changzhou-wujin.',
      name: 'Scheme name (中文).',
      nameEn: 'Scheme name in English.',
      sources: 'The published documents the scheme follows.',
      provenance: 'Which parts are published (with their source) and which are this project’s or the user’s choice.',
      groups: 'Evaluation groups, each with its own indicators and class pool.',
      sourcePrecedence:
        'Per record field, the kinds of bureau export whose value the scheme scores, first wins (land, tax, power, environment, statistics), ' +
        'e.g. { "salesWan": ["tax"] }; fields not named follow the merge’s default order by kind of export — never the order the files were given in.',
    },
  },
];
