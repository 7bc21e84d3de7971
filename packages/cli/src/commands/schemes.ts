/** `score schemes`: the built-in scheme presets, each with the documents it follows. */
import { DEFAULT_SCHEME_ID, getPreset, listPresets } from '@mujun/core';
import { listPolicyPresets } from '@mujun/policy';
import { EXIT } from '../errors.js';
import { print, type Io } from '../io.js';
import type { Command } from './command.js';
import { COMMON_OPTIONS } from './optionDocs.js';

export const schemesCommand: Command = {
  name: 'schemes',
  readsFiles: false,
  usage: 'score schemes',
  example: 'score schemes',
  summary: { zh: '列出内置评价方案及其依据文件，以及内置政策目录', en: 'list the built-in schemes with their sources, and the built-in policy catalogs' },
  options: { ...COMMON_OPTIONS },
  async run(_args, io: Io): Promise<number> {
    const lines: string[] = ['评价方案 schemes (--scheme <id>):'];
    for (const { id } of listPresets()) {
      const scheme = getPreset(id);
      lines.push(`  ${id}${id === DEFAULT_SCHEME_ID ? '  (默认 default)' : ''}  ${scheme.name} / ${scheme.nameEn}`);
      for (const source of scheme.sources) lines.push(`      依据 source: ${source.title} (${source.year})${source.url ? ` ${source.url}` : ''}`);
      if (scheme.sources.length === 0) lines.push('      依据 source: (none listed / 未列出)');
    }
    lines.push('', '政策目录 policy catalogs (--policy <id>):');
    for (const preset of listPolicyPresets()) lines.push(`  ${preset.id}  ${preset.title.zh} / ${preset.title.en}`);
    await print(io, `${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
