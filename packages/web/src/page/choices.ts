/// <reference lib="dom" />
/**
 * What the user chose, gathered from the page for the worker: the files' bytes, the scheme, the
 * policy catalog with its settings (an input per setting it declares), and earlier results.
 */
import type { Bilingual } from '@mujun/core';
import type { FileBytes, PolicyChoice, RunChoice, SchemeChoice } from '../protocol.js';
import { $ } from './dom.js';

/** A setting a catalog declares (a local tax rate …): what the page shows of it. */
export interface SettingDeclared {
  label: string;
  unit: string;
  default?: string;
}

/** A built-in catalog as the build lists it: its id, title and declared settings. */
export interface PolicyPreset {
  id: string;
  title: Bilingual;
  settings: Record<string, SettingDeclared>;
}

/** A file's name and bytes. */
export async function bytesOf(file: File): Promise<FileBytes> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The scheme: a scheme file when one is picked, else the preset selected. */
export async function schemeChoice(): Promise<SchemeChoice> {
  const file = $<HTMLInputElement>('scheme-file').files?.[0];
  return file ? { file: await bytesOf(file) } : { preset: $<HTMLSelectElement>('scheme').value };
}

/** The catalog: a catalog file when one is picked, else the preset selected, or none. */
async function policyChoice(): Promise<PolicyChoice> {
  const file = $<HTMLInputElement>('policy-file').files?.[0];
  if (file) return { file: await bytesOf(file) };
  const preset = $<HTMLSelectElement>('policy').value;
  return preset === '' ? null : { preset };
}

/** The settings typed in, by id (blank ones left to the catalog's default). */
function settingsChoice(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>('#setting-inputs input'))
    if (input.value.trim() !== '') out[input.dataset['setting'] ?? ''] = input.value.trim();
  return out;
}

/** One input per setting the chosen catalog declares (a catalog file's read here from its JSON; the worker validates it). */
export async function showSettings(presets: readonly PolicyPreset[]): Promise<void> {
  let declared: Record<string, SettingDeclared> = {};
  const file = $<HTMLInputElement>('policy-file').files?.[0];
  if (file) {
    try {
      declared = (JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as { settings?: Record<string, SettingDeclared> }).settings ?? {};
    } catch {
      declared = {}; // not JSON: the run says so, in score's words
    }
  } else declared = presets.find((p) => p.id === $<HTMLSelectElement>('policy').value)?.settings ?? {};
  const inputs = Object.entries(declared).map(([id, s]) => {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { placeholder: s.default ?? '' });
    input.dataset['setting'] = id;
    label.append(Object.assign(document.createElement('span'), { textContent: `${s.label} (${s.unit}) — ${id}` }), input);
    return label;
  });
  $('setting-inputs').replaceChildren(...inputs);
  $('settings').hidden = inputs.length === 0;
}

/** The run's choice with `files` read afresh (their bytes are handed over to a worker, not copied); `generation` counts the page's file choices. */
export async function runChoice(files: readonly File[], generation: number): Promise<RunChoice> {
  const bytes = await Promise.all(files.map(bytesOf));
  const history = await Promise.all([...($<HTMLInputElement>('history').files ?? [])].map(bytesOf));
  return { files: bytes, generation, scheme: await schemeChoice(), policy: await policyChoice(), history, settings: settingsChoice() };
}
