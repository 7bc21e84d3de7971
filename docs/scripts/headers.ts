/**
 * Writes docs/headers.md, the published header dictionary, from the tables the CSV reader uses:
 *
 *   UPDATE_DOCS=1 npx vitest run docs/headers.test.ts
 *
 * `docs/headers.test.ts` fails when the committed file differs, so the docs cannot drift from the
 * code. Imports are relative to the package's sources, so it runs without a build.
 */
import { COLUMN_SPECS, IGNORED_HEADERS } from '../../packages/csv/src/headers/dictionary.js';
import { FLAG_NAMES } from '../../packages/csv/src/headers/flags.js';
import { type Dimension, UNITS } from '../../packages/csv/src/headers/units.js';
import { MISSING_TOKENS } from '../../packages/csv/src/values/missing.js';

const DIMENSION_NAMES: Record<Dimension, string> = {
  money: '金额 money',
  land: '土地面积 land area',
  floor: '建筑面积 floor area',
  energy: '能耗 energy',
  electricity: '电量 electricity',
  mass: '排放量 mass',
  headcount: '人数 headcount',
  equivalent: '污染当量 pollution equivalents',
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The text of docs/headers.md. */
export function renderHeaderDictionary(): string {
  const out: string[] = [];
  const p = (...lines: string[]) => out.push(...lines);
  p(
    '# 列名字典 / Header dictionary',
    '',
    '<!-- Generated from packages/csv/src/headers by docs/scripts/headers.ts; do not edit by hand.',
    '     Regenerate: UPDATE_DOCS=1 npx vitest run docs/headers.test.ts -->',
    '',
    '`@mujun/csv` 读取各部门导出的 CSV（Excel/WPS），按下表识别列名。每列可用标准英文列名，或下表中的任一中文列名；',
    '数值列的单位写在列名末尾的括号里，如 `税收(元)`、`用地面积(平方米)`、`用电量(千瓦时)`，读取时按精确十进制换算为标准单位。',
    '',
    '`@mujun/csv` reads bureau CSV exports (Excel/WPS) and recognises columns by the table below: the canonical English',
    'name, or any of the Chinese headers listed. A figure column names its unit in a closing bracket — `税收(元)`,',
    '`用地面积(平方米)`, `用电量(千瓦时)` — and is converted to the canonical unit with exact decimal arithmetic.',
    '',
    "列名取自各部门导出与评价文件中的写法 / The headers follow what the bureaus' exports and the published schemes write:",
    '',
    '- 统计局一套表（工业企业财务状况、研发活动、能源报表）：营业收入、从业人员期末人数、研究开发费用、研究与开发经费、工业总产值(当年价格)（产值，不作销售收入，忽略）。',
    '  Statistics bureau 一套表 — e.g. the 湘工 B201/B202 changes (<http://fsou.com/html/text/lar/173123/17312314_2.html>: 工业总产值(当年价格), 研究与开发经费) and the economic-census tables (<https://m.pinggu.org/bbs/thread-10705507-1-1.html>: 从业人员期末人数, 营业收入).',
    '- 黄岩区工业企业综合评价得分计算说明（2022、2023）：评价税收、用地面积、工业增加值、综合能耗(等价值)、主要污染物排放量、年平均职工人数、R&D经费支出、主营业务收入、用电量。',
    "  Huangyan's published score explanation (<https://www.chacewang.com/newsdetail/news430850.html>).",
    "- 税务局征管数据：入库税款、实缴税额、实缴(退)税额；山东“亩产效益”的“税收实际贡献”。Tax collection exports and Shandong's 税收实际贡献.",
    '- 生态环境局排污许可执行报告（实际排放量，不是许可排放量）与环境统计：化学需氧量、氨氮、二氧化硫、氮氧化物的实际排放量、年排放量。',
    '  Pollutant-permit execution reports report actual emissions of the four pollutants (<http://www.chngreenchain.com/File/PWExecutiveReport?Id=165613>); permitted quantities are not emissions and are not read.',
    '- 自然资源和规划局（不动产登记）：不动产权证号、宗地代码、不动产单元号（宗地编码，见《不动产单元设定与代码编制规则》）、宗地面积、土地使用权面积；工业用地面积按土地使用权证面积计（<http://www.fsou.net/html/text/lar/170063/17006375_2.html>）。',
    '  Land register exports: certificate, parcel and unit numbers (recognised, not read), parcel and land-use-right areas.',
    '- 供电公司：电表户号、用户编号、用电量、结算电量。Power company exports: meter and account numbers (recognised, not read), electricity.',
    '',
    '## 匹配规则 / How headers are matched',
    '',
    '- 比较前先规范化：全角转半角（`（万元）` → `(万元)`），忽略大小写、空格、`-`、`_`、引号和必填星号 `*`；`【】[]〔〕` 视同 `()`。',
    '  Headers are normalised first: full-width → half-width, case, spaces, `-`, `_`, quotes and `*` ignored; `【】[]〔〕` read as `()`.',
    '- 顺序：用户映射文件 → 标准英文列名 → 中文列名（整体）→ `是否` + 是/否类列名 → “列名(单位)”。',
    '  Order: the user mapping file, canonical names, whole Chinese headers, `是否` + a yes/no header, then `name(unit)`.',
    '- 未注明单位的金额、面积、电量、能耗、排放列按标准单位读取，并给出警告 `unit-assumed`。无法识别的单位是输入错误 `unknown-unit`。',
    '  A figure column without a unit is read in the canonical unit with a `unit-assumed` warning; an unknown unit is an input error.',
    `- 已知无用的列不报警告，直接忽略 / known columns of no use are skipped silently: ${IGNORED_HEADERS.map((h) => `\`${h}\``).join('、')}。`,
    '- 无法识别的列给出警告 `unknown-column` 并忽略。同一文件中两列表示同一字段时，使用表中靠前的列名（再看别名顺序、标准单位优先），另一列给出警告 `shadowed-column`；完全同等的两列是输入错误 `duplicate-column`。',
    '  Unknown columns are warned about and ignored. When two columns fill one field, the one listed first here wins (then the alias listed first, then the canonical unit) and the other is reported as shadowed; two equally good columns are an input error.',
    '- 必需列：`credit_code`、`name`；缺少时为输入错误 `missing-required-column`。表头之前的标题行（最多 9 行）会被跳过。',
    '  Required: `credit_code` and `name`. Title lines above the header (up to 9) are skipped.',
    '',
    '用户映射文件 / A user mapping file adds aliases (`null` ignores a column; an object may name the unit):',
    '',
    '```json',
    '{ "aliases": { "我的税收列": "tax_wan", "电费户用电": { "column": "electricity_wan_kwh", "unit": "千瓦时" }, "备注": null } }',
    '```',
    '',
    '## 列 / Columns',
    '',
    '| 标准列名 column | 字段 field | 含义 | meaning | 中文列名 Chinese headers | 单位 units |',
    '|---|---|---|---|---|---|',
  );
  for (const s of COLUMN_SPECS) {
    const units = s.dimension ? UNITS[s.dimension].map((u) => u.unit).join('、') : '';
    const kind = s.kind === 'flag' ? `${s.field} → \`${s.flag}\`` : `\`${s.field}\``;
    p(`| \`${s.column}\`${s.required ? ' (必需 required)' : ''} | ${kind} | ${cell(s.zh)} | ${cell(s.en)} | ${cell(s.aliases.join('、'))} | ${units} |`);
  }
  p(
    '',
    '## 单位换算 / Units',
    '',
    '每类的第一个单位是标准单位（EnterpriseRecord 使用的单位）。换算：标准值 = 原值 × 系数，十进制精确计算，结果为不含指数的十进制字符串。',
    'The first unit of each kind is the canonical one. canonical = value × factor, exact decimal, written as a plain decimal string.',
    '',
    '| 类 kind | 单位 unit | 可写作 spellings | 系数 factor |',
    '|---|---|---|---|',
  );
  for (const [d, units] of Object.entries(UNITS) as [Dimension, (typeof UNITS)[Dimension]][]) {
    for (const u of units) p(`| ${DIMENSION_NAMES[d]} | ${u.unit} | ${cell(u.tokens.join('、'))} | ${u.factor} |`);
  }
  p(
    '',
    '1 亩 = 10000/15 平方米，故 平方米 × 0.0015 = 亩（精确）。 / 1 mu = 10000/15 m², so m² × 0.0015 = mu exactly.',
    '',
    '## 单元格 / Cell values',
    '',
    `- 缺失值 / missing: ${MISSING_TOKENS.map((t) => (t === '' ? '空白 blank' : `\`${t}\``)).join('、')}（全角 \`－\` 同 \`-\`）。`,
    '- 数字 / numbers: 千分位 `1,234.5`，全角 `１２３．４`，前后空格，前导 `+`。错误 / errors: 文字或 Excel 错误值 (`#DIV/0!`) → `invalid-number`；`NaN`、`Infinity` → `non-finite-number`；科学计数法 `1.2E+05`（Excel 已舍入）→ `scientific-notation`；无比率列时的 `3.5%` → `unexpected-percent`（现有各列均为绝对数）。',
    '- 负数 / negatives: 只有 `tax_wan`（退税可使实缴税金为负）和 `value_added_wan`（亏损企业的增加值可为负）允许负数；土地、面积、能耗、电量、排放、研发、人数为负 → `negative-value`。',
    '  Only tax (refunds) and value added (loss-making firms) may be negative; a negative area, energy, electricity, emission, R&D or headcount is a row error.',
    '- 规模 / scale: `above`/`below`、规上/规下、规模以上/规模以下（可带“企业”“工业”）；`above_scale` 列为 是/否。',
    '- 是/否 / yes-no: true/false、是/否、Y/N、yes/no、1/0、√/×、有/无（在是/否列中“无”表示否）。',
    '- 日期 / dates: 2020-01-31、2020/1/31、2020.1.31、2020年1月31日、20200131（可带 `0:00` 时间）→ `YYYY-MM-DD`。',
    '- 统一社会信用代码 / credit code: 去空格、转大写、去掉 Excel 的 `="…"`；校验 18 位、字符集与 GB 32100-2015 校验码。空 → `missing-credit-code`，错 → `invalid-credit-code`（被 Excel 变成科学计数法的代码会特别说明）。',
    '- 合计行 / summary rows: 代码列含 合计/总计/小计/total，或代码无效且名称以其开头或结尾（≤ 8 字前缀）→ 排除，原因 `summary-row`，不参与评价。',
    '- 认定、违法 / flags, violations: 以 `;` `；` `,` `，` `、` `|` 分隔的列表，或每项一列（是/否）。名称：',
    '',
    '| id | 列表 list | 中文名称 Chinese names |',
    '|---|---|---|',
  );
  for (const f of FLAG_NAMES) p(`| \`${f.id}\` | ${f.list} | ${cell(f.zh.join('、'))} |`);
  p(
    '',
    '## 同一来源内的重复代码 / The same credit code twice in one source',
    '',
    '内容完全相同（按读取后的值比较）的重复行按一行计，给出警告 `duplicate-identical-rows`；内容有任何不同时，这些行全部拒绝（`duplicate-credit-code`）。',
    'Rows with the same code and identical values (as read) count once, with a warning; if they differ in anything, all of them are rejected.',
    '',
    '有电表户号或不动产权证号、宗地号列（`row_key`，见上表；几列同时存在时合起来区分各行）的来源，一家企业每块电表或每宗地一行：户号或宗地号相同的行按上述规则处理；户号或宗地号不同的行，其各项数值（面积、电量等）精确相加，给出警告 `rows-summed`（`score validate` 逐家列出，`score` 的比对行计数）。这些行的名称、区县、规模、认定等其余内容必须一致，否则全部拒绝（`duplicate-credit-code`）。某行缺少的数值不参与相加。其他名称的户号列可在列名映射文件中映射为 `row_key`（如 `{ "aliases": { "计量点编号": "row_key" } }`）。',
    "A source with a meter or land title / parcel number column (`row_key`, above; several such columns together tell rows apart) lists a firm once per meter or parcel: rows with the same number follow the rule above; rows with different numbers have every figure (area, electricity …) summed exactly, with a `rows-summed` warning (listed firm by firm by `score validate`, counted on `score`'s cross-check line). Their other values (name, county, scale, flags …) must agree, or all of them are rejected. A figure a row lacks adds nothing. Map any other number column to `row_key` in the header mapping file.",
    '',
    '## 坏单元格 / A bad cell',
    '',
    '默认整行拒绝（`badValues: "reject-row"`），该行的每个问题都列在 `rejected` 中；选项 `badValues: "drop-value"` 则只丢弃该单元格、保留该行，问题列在 `fieldErrors` 中。',
    'By default a bad cell rejects its row (every problem of the row is listed); with `badValues: "drop-value"` only the cell is dropped and the problem is listed in `fieldErrors`.',
    '',
    '## 多来源合并（归集/比对）/ Merging sources',
    '',
    '- 按统一社会信用代码合并为每家企业一条记录；每个字段记录来源文件与行号（provenance）。',
    '- 冲突：同一字段两个来源的值不同，都列出各来源的值。数值在容差内仍算冲突并标明 `withinTolerance`：|a − b| ≤ max(绝对容差, 相对容差 × max(|a|, |b|))，默认相对 0.1%、绝对 0；文字规范化后相同者算容差内；行业代码比较数字部分（C3311 = 3311）。',
    '- 来源类别：每个来源按其列判断为自然资源（land）、税务（tax）、供电（power）、生态环境（environment）或统计（statistics）的导出（如 纳税人识别号、实缴税金 → 税务；电表户号、用电量 → 供电），判断不出为未识别；映射文件的 `sources` 可指定（`{ "sources": { "2024年税收.csv": "tax" } }`）。',
    '- 取值：与来源给出的顺序无关。依次按 `precedence`（`--prefer`，按字段指定来源文件）、评价方案的 `sourcePrecedence`（按字段指定来源类别，如武进 `{ "salesWan": ["tax"] }`）、各字段默认的来源类别（税金取税务、用地取自然资源、用电量取供电、排放取生态环境、规模与增加值等取统计、销售收入先统计后税务、企业名称先税务）、文件名的码位顺序。每个冲突注明采用的来源及原因（`reason`）。',
    '- 缺漏：企业出现在某些来源而不在另一来源（原因 `absent`，或该来源中其行被拒绝 `rejected`）；标记为 partial 的名单类来源（如重点排污名单）不报缺漏。',
    '- 规模：没有任何来源提供规模的企业默认按规下（不在统计局规上名录中即为规下），并给出警告 `scale-defaulted`；`defaultScale: null` 则拒绝这些企业的行（`missing-scale`）。',
    '- 核算：每个来源及合计均满足 行数 = 合并 + 拒绝 + 合计行；空行不计。',
    '',
    '- Joined by credit code into one record per enterprise, with the source file and line of every field (provenance).',
    "- A conflict is the same field with different values in two sources, listing every source's value; one where the values agree within the tolerance is still a conflict, marked `withinTolerance`: |a − b| ≤ max(absolute, relative × max(|a|, |b|)) (default relative 0.1 %, absolute 0); text that matches after normalisation; industry codes with the same digits.",
    "- Each source is recognised from its columns as the export of the land, tax, power, environment or statistics bureau (纳税人识别号, 实缴税金 → tax; 电表户号, 用电量 → power), or of no known kind; the mapping file's `sources` may name it.",
    '- Which source wins a field never depends on the order sources are given in: `precedence` (`--prefer`: files per field), then the scheme\'s `sourcePrecedence` (kinds per field, e.g. 武进 `{ "salesWan": ["tax"] }`), then the field\'s default kinds (tax from the tax bureau, land from the land register, electricity from the power company, emissions from the environment bureau, scale, value added and the like from the statistics bureau, sales from statistics then tax, the name from tax first), then the file name in code-point order. Each conflict names the source used and why (`reason`).',
    '- A gap is an enterprise present in some sources but not in another (`absent`, or `rejected` there); sources marked partial (lists such as the key-polluter list) report no gaps.',
    '- An enterprise no source gives a scale for is taken as below-scale, with a warning; `defaultScale: null` rejects its rows instead.',
    '- Accounting, per source and in total: rows = merged + rejected + summary; blank lines are not rows.',
    '',
  );
  return out.join('\n');
}
