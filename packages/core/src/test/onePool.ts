/**
 * The hand-made pools of the engine's example tests: firms numbered 1, 2, … (credit code ending in
 * the number, 企业n, 规上) and a scheme of one 规上 group, so that a test states only what it is about.
 */
import { parseScheme } from '../schema/parseScheme.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';

type GroupInput = SchemeInput['groups'][number];

/** A builder of firm n with `defaults` and then the test's own `fields`. */
export function firmsWith(defaults: Partial<EnterpriseRecord> = {}): (n: number, fields: Partial<EnterpriseRecord>) => EnterpriseRecord {
  return (n, fields) => ({ creditCode: `9132040000000000${String(n).padStart(2, '0')}`, name: `企业${n}`, scale: 'above', ...defaults, ...fields });
}

/** A scheme `id` with one group of every 规上 firm (`above-scale`) scoring `group.indicators`; `rest` sets the other parts. */
export function aboveScaleScheme(
  id: string,
  group: Pick<GroupInput, 'indicators'> & Partial<GroupInput>,
  rest: Omit<Partial<SchemeInput>, 'groups'> = {},
): Scheme {
  return parseScheme({
    id,
    name: id,
    nameEn: id,
    groups: [{ id: 'above-scale', name: '规上', nameEn: 'above', membership: { scale: 'above' }, ...group }],
    ...rest,
  });
}
