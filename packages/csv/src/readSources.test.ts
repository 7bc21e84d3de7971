import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gb18030Bytes } from './write/gb18030Bytes.js';
import { describe, expect, it } from 'vitest';
import { readSources } from './node/readSources.js';

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';

describe('readSources from file paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mujun-csv-'));
  const land = join(dir, '土地.csv');
  const env = join(dir, '环保.csv');
  writeFileSync(land, gb18030Bytes(`统一社会信用代码,企业名称,用地面积(亩)\r\n${HUAWEI},华为,10\r\n${TENCENT},腾讯,5\r\n`));
  writeFileSync(env, `\ufeffcredit_code,name,key_polluter\n${HUAWEI},华为,是\n`);

  it('names sources by the path as given, and honours partialSources', async () => {
    const r = await readSources([land, env], { partialSources: [env] });
    expect(r.sources.map((s) => [s.source, s.file.encoding, s.partial])).toEqual([
      [land, 'gb18030', false],
      [env, 'utf-8-bom', true],
    ]);
    expect(r.gaps).toEqual([]);
    expect(r.records.map((m) => [m.record.creditCode, m.record.keyPolluter])).toEqual([
      [HUAWEI, true],
      [TENCENT, undefined],
    ]);
    expect(r.records[0]!.provenance.keyPolluter).toEqual({ source: env, row: 2 });
  });

  it('without partialSources, the firm missing from the list is a gap', async () => {
    const r = await readSources([land, env]);
    expect(r.gaps).toEqual([{ creditCode: TENCENT, name: '腾讯', source: env, reason: 'absent', presentIn: [land] }]);
  });
});
