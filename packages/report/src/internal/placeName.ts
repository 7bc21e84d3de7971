import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';

/** Row/column label: a class name, or what "excluded", "new", "gone" mean. */
export function placeName(place: string, dict: Dictionary): string {
  if (place === 'excluded') return dict.ui.notEvaluated;
  if (place === 'new') return dict.ui.newFirm;
  if (place === 'gone') return dict.ui.goneFirm;
  return label(dict.classes, place);
}
