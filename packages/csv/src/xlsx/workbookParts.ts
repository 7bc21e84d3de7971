import { strFromU8, unzipSync } from 'fflate';
import { attribute, walkXml } from './xmlWalk.js';

/** One worksheet of a workbook, as listed in the workbook part (tab order). */
interface SheetEntry {
  name: string;
  /** Path of its XML part inside the package, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  hidden: boolean;
}

/** The parts of an .xlsx package that reading cell texts needs. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  /** True for the 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904: boolean;
  /** Paths of the shared strings and styles parts, when the package has them. */
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
  /** A part's text, or undefined when the package has no such part. */
  text(part: string): string | undefined;
}

/** `xl/` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; a target starting with `/` is absolute. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

function relsPart(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function relationships(xml: string | undefined): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (xml === undefined) return out;
  walkXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a['Id'] && a['Target']) out.set(a['Id'], { type: a['Type'] ?? '', target: a['Target'] });
    },
  });
  return out;
}

/**
 * Opens an .xlsx package (a zip of XML parts) with fflate and lists its worksheets in tab order
 * (chart sheets left out). Throws when the bytes are not a zip or hold no workbook part.
 */
export function openWorkbook(bytes: Uint8Array): WorkbookParts {
  const files = unzipSync(bytes);
  const text = (part: string): string | undefined => {
    const b = files[part];
    return b === undefined ? undefined : strFromU8(b);
  };
  const root = [...relationships(text('_rels/.rels')).values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = root ? resolvePart('', root.target) : 'xl/workbook.xml';
  const workbookXml = text(workbookPart);
  if (workbookXml === undefined) throw new Error('no workbook part (xl/workbook.xml) in the package');
  const rels = relationships(text(relsPart(workbookPart)));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  walkXml(workbookXml, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a['date1904'] === '1' || a['date1904'] === 'true';
      if (name !== 'sheet') return;
      const rel = rels.get(attribute(a, 'id') ?? '');
      if (!rel || !rel.type.endsWith('/worksheet')) return;
      sheets.push({ name: a['name'] ?? '', part: resolvePart(workbookPart, rel.target), hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden' });
    },
  });
  const partOfType = (type: string): string | undefined => {
    for (const r of rels.values()) if (r.type.endsWith(`/${type}`)) return resolvePart(workbookPart, r.target);
    return undefined;
  };
  return { sheets, date1904, sharedStringsPart: partOfType('sharedStrings'), stylesPart: partOfType('styles'), text };
}
