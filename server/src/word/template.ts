/**
 * A `--reference-docx` house style, as pandoc takes one: its styles.xml, and the page size, margins and
 * document grid of its (last) section. Its text, headers and footers are not used.
 */
import JSZip from 'jszip';

export interface Template {
  styles: string;
  /** The ids the template's styles.xml defines (the built-in styles fill the others). */
  styleIds: Set<string>;
  page: { width: number; height: number; margin: { top: number; bottom: number; left: number; right: number; header?: number; footer?: number } } | undefined;
  grid: { type?: 'default' | 'lines' | 'linesAndChars' | 'snapToChars'; linePitch: number; charSpace?: number } | undefined;
}

export class TemplateError extends Error {}

/** The w:-attributes of the first element `tag` in `xml`, as numbers or strings. */
function attributes(xml: string, tag: string): Record<string, string> | undefined {
  const m = new RegExp(`<w:${tag}\\b([^>]*)/?>`).exec(xml);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const a of (m[1] as string).matchAll(/w:(\w+)="([^"]*)"/g)) out[a[1] as string] = a[2] as string;
  return out;
}

const num = (v: string | undefined): number | undefined => (v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined);

/** The page setup of the body's last w:sectPr (the one that ends the document), when it is complete. */
function pageSetup(documentXml: string): Pick<Template, 'page' | 'grid'> {
  const at = documentXml.lastIndexOf('<w:sectPr');
  const sect = at < 0 ? '' : documentXml.slice(at);
  const size = attributes(sect, 'pgSz');
  const mar = attributes(sect, 'pgMar');
  const grid = attributes(sect, 'docGrid');
  const [width, height, top, bottom, left, right] = [size?.w, size?.h, mar?.top, mar?.bottom, mar?.left, mar?.right].map(num);
  const page =
    width && height && top !== undefined && bottom !== undefined && left !== undefined && right !== undefined
      ? { width, height, margin: { top, bottom, left, right, header: num(mar?.header), footer: num(mar?.footer) } }
      : undefined;
  const linePitch = num(grid?.linePitch);
  const type = grid?.type as NonNullable<Template['grid']>['type'];
  return { page, grid: linePitch ? { type, linePitch, charSpace: num(grid?.charSpace) } : undefined };
}

/** Reads the template; a file that is not a .docx (no word/styles.xml in a zip) is a TemplateError. */
export async function readTemplate(bytes: Uint8Array, name: string): Promise<Template> {
  const notDocx = (): TemplateError => new TemplateError(`lexdraft: --reference-docx 不是 Word 文档（.docx）/ is not a Word document (.docx): ${name}`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notDocx();
  }
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (styles === undefined) throw notDocx();
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styleIds = new Set([...styles.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]*)"/g)].map((m) => m[1] as string));
  return { styles, styleIds, ...pageSetup(documentXml) };
}
