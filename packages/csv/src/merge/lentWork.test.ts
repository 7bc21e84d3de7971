import { describe, expect, it } from 'vitest';
import { gb18030Bytes } from '../write/gb18030Bytes.js';
import { readSources } from '../node/readSources.js';
import { numberOddHalf, type HalfJob } from './codeTable.js';
import { doLent, setLender, type LentJob } from './lentWork.js';
import { copyFigures, type FiguresJob } from './mergeFields.js';

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';
const ALIBABA = '91330100716105852F';

// Three exports whose figures differ (tax 120 against 120.1, sales 500 against 500.4), a firm absent from one.
const sources = () => [
  { name: 'land.csv', data: Buffer.from(`统一社会信用代码,企业名称,土地使用权面积(平方米)\n${HUAWEI},华为,6667\n${TENCENT},腾讯,2000\n`) },
  {
    name: 'tax.csv',
    data: gb18030Bytes(`纳税人识别号,纳税人名称,实缴税金(元),销售收入(万元)\r\n${HUAWEI},华为,"1,200,000",500\r\n${ALIBABA},阿里,50000,80\r\n`),
  },
  {
    name: 'stats.csv',
    data: Buffer.from(`credit_code,name,scale,tax_wan,sales_wan,employees\n${HUAWEI},华为,above,120.1,500.4,100\n${TENCENT},腾讯,below,3,10,5\n`),
  },
];

/** The merge with a "thread" lent that is this one: what it does to a job is what a worker does. */
async function withLender(lender: (job: LentJob) => boolean) {
  setLender(lender);
  try {
    return await readSources(sources(), { provenance: true });
  } finally {
    setLender(null);
  }
}

describe('a merge with work lent to another thread', () => {
  it('gives what it gives alone, whether the thread does the job or never starts it', async () => {
    const alone = await readSources(sources(), { provenance: true });
    expect(alone.conflicts.map((c) => c.field)).toEqual(['taxWan', 'salesWan']);
    const kinds: string[] = [];
    const done = await withLender((job) => {
      kinds.push(job.kind);
      if (job.kind === 'codes') doLent(job as HalfJob, numberOddHalf);
      else doLent(job as FiguresJob, copyFigures);
      return true;
    });
    expect(done).toEqual(alone);
    // The codes are lent from 65 536 rows only; the figures always.
    expect(kinds).toEqual(['figures']);
    // Sent but not started by the time the merge wants it: taken back and done here.
    expect(await withLender(() => true)).toEqual(alone);
    expect(await withLender(() => false)).toEqual(alone);
  });
});
