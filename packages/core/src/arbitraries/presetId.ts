import * as fc from 'fast-check';
import { listPresets } from '../presets/getPreset.js';

/** The id of a built-in preset (`getPreset(id)` accepts it), e.g. 'changzhou-wujin'. */
export function arbPresetId(): fc.Arbitrary<string> {
  return fc.constantFrom(...listPresets().map((p) => p.id));
}
