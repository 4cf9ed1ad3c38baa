/**
 * Reading a .docx draft as plain text: the input adapter that lets every command take a Word document while
 * the core keeps receiving text (one door). Paragraphs come in order, one a line, with Word's automatic
 * numbering written in; each line is mapped back to its paragraph, so findings can name 段落 N.
 */
import { Counters, readNumbering } from './numbering';
import { readStyles } from './styles';
import { Extractor, type DocxParagraph, type ReadOptions } from './extract';
import { child, children, parseXml, type XmlElement } from './xml';
import { DocxError, looksLikeZip, ZipPackage } from './zip';

export { DocxError, looksLikeZip } from './zip';
export type { DocxParagraph, TrackedText } from './extract';

export interface DocxText {
  text: string;
  /** One entry per line-starting paragraph or table row, in text order. */
  paragraphs: DocxParagraph[];
  /** What was read other than as written (an unknown number format), for stderr. */
  warnings: { zh: string; en: string }[];
}

/**
 * The most XML read out of one package: ten times the parts of a document as long as the Civil Code, and a
 * bound on what a zip bomb can make this inflate.
 */
export const MAX_INFLATED = 64 * 1024 * 1024;

/** The bytes of an OLE compound file: a Word 97–2003 .doc, or a .docx Word has encrypted with a password. */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the bytes are an Office package: a ZIP holding [Content_Types].xml. Nothing is inflated to tell. */
export function isDocxPackage(bytes: Buffer): boolean {
  if (!looksLikeZip(bytes)) return false;
  try {
    return new ZipPackage(bytes, 0).has('[Content_Types].xml');
  } catch {
    return false;
  }
}

/**
 * The text of a .docx. Throws a DocxError (bilingual) for anything that is not a readable Word document:
 * not a ZIP, no [Content_Types].xml or main document, encrypted, corrupt, or more than MAX_INFLATED once
 * uncompressed.
 */
export function readDocx(bytes: Buffer, options: ReadOptions, maxInflated = MAX_INFLATED): DocxText {
  if (isCompoundFile(bytes)) throw new DocxError({ zh: '文件已加密，或是旧版 Word（.doc）文件；请在 Word 中另存为未加密的 .docx', en: 'the file is encrypted, or an old Word .doc; save it from Word as an unencrypted .docx' });
  if (!looksLikeZip(bytes)) throw new DocxError({ zh: '不是 ZIP 文件（.docx 是 ZIP 包）', en: 'not a ZIP file (a .docx is one)' });
  try {
    return read(new ZipPackage(bytes, maxInflated), options);
  } catch (err) {
    if (err instanceof DocxError) throw err;
    // A part nested deeper than the stack goes (or any other surprise in a hostile file) is a file not read, not a crash.
    throw new DocxError({ zh: `无法解析（${String(err)}）`, en: `cannot be parsed (${String(err)})` });
  }
}

function read(zip: ZipPackage, options: ReadOptions): DocxText {
  if (!zip.has('[Content_Types].xml')) throw new DocxError({ zh: '不是 Office 文档（缺少 [Content_Types].xml）', en: 'not an Office document (no [Content_Types].xml)' });
  const mainPart = relationTarget(zip, '_rels/.rels', '', 'officeDocument') ?? 'word/document.xml';
  const documentXml = zip.text(mainPart);
  if (documentXml === undefined) throw new DocxError({ zh: `缺少 ${mainPart}`, en: `no ${mainPart}` });
  const document = parseXml(documentXml, mainPart);
  if (document.name !== 'document') throw new DocxError({ zh: '不是 Word 文档', en: 'not a Word document' });
  const dir = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/')) : '';
  const rels = `${dir ? `${dir}/` : ''}_rels/${mainPart.slice(dir ? dir.length + 1 : 0)}.rels`;
  const part = (type: string, fallback: string): XmlElement | undefined => {
    const name = relationTarget(zip, rels, dir, type) ?? `${dir ? `${dir}/` : ''}${fallback}`;
    const xml = zip.text(name);
    return xml === undefined ? undefined : parseXml(xml, name);
  };
  const warnings: DocxText['warnings'] = [];
  const styles = readStyles(part('styles', 'styles.xml'));
  const counters = new Counters(readNumbering(part('numbering', 'numbering.xml'), styles), (format) =>
    warnings.push({ zh: `未知的编号格式“${format}”，按阿拉伯数字读出`, en: `unknown number format "${format}", read as decimal` }),
  );
  const extractor = new Extractor(counters, styles, options);
  const body = child(document, 'body');
  if (body) extractor.body(body);
  extractor.flush();
  return { text: extractor.text, paragraphs: extractor.paragraphs, warnings };
}

/** The part a relationship of `type` (the last segment of its type URI) in the `rels` part points at. */
function relationTarget(zip: ZipPackage, rels: string, dir: string, type: string): string | undefined {
  const xml = zip.text(rels);
  if (xml === undefined) return undefined;
  for (const r of children(parseXml(xml, rels), 'Relationship')) {
    if (r.attrs['TargetMode'] === 'External' || !(r.attrs['Type'] ?? '').endsWith(`/${type}`)) continue;
    const target = r.attrs['Target'] ?? '';
    return resolvePart(target.startsWith('/') ? target.slice(1) : `${dir ? `${dir}/` : ''}${target}`);
  }
  return undefined;
}

/** A part name with `.` and `..` segments resolved. */
function resolvePart(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
