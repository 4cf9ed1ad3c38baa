/** Hand-built Word packages for the .docx tests: a ZIP writer of a few lines, and the XML around a body. */
import { crc32, deflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A ZIP of the given parts, deflated (or stored with `stored`); `flags` marks every entry (1: encrypted). */
export function zip(parts: Record<string, string | Buffer>, options: { stored?: boolean; flags?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const data = options.stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(options.flags ?? 0, 6);
    local.writeUInt16LE(options.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(options.flags ?? 0, 8);
    central.writeUInt16LE(options.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx whose body is `body` (w: markup), with numbering.xml and styles.xml when given. */
export function docx(body: string, more: { numbering?: string; styles?: string } = {}): Buffer {
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
  if (more.numbering !== undefined) parts['word/numbering.xml'] = `<w:numbering xmlns:w="${W}">${more.numbering}</w:numbering>`;
  if (more.styles !== undefined) parts['word/styles.xml'] = `<w:styles xmlns:w="${W}">${more.styles}</w:styles>`;
  return zip(parts);
}

/** A paragraph of plain runs, with paragraph properties when given. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** Paragraph properties numbering the paragraph at level `ilvl` of list `numId`. */
export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** An abstract numbering with the given levels: [format, level text, start?, extra XML?]. */
export function abstractNum(id: number, levels: readonly (readonly [string, string, number?, string?])[]): string {
  const lvls = levels.map(([fmt, text, start = 1, extra = ''], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`);
  return `<w:abstractNum w:abstractNumId="${id}">${lvls.join('')}</w:abstractNum>`;
}

/** A concrete numbering of abstract `abstractId`, with start overrides by level. */
export function num(id: number, abstractId: number, startOverrides: Record<number, number> = {}): string {
  const overrides = Object.entries(startOverrides).map(([lvl, v]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${v}"/></w:lvlOverride>`);
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides.join('')}</w:num>`;
}
