/**
 * Reading the parts of a ZIP package (a .docx is one) synchronously, with a bound on what is inflated.
 * The CLI reads every input synchronously, and only the platform's inflater can stop a stream at a given
 * output size rather than trust the size a header declares, which a zip bomb lies about.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** Why a file could not be read as a .docx, in both languages. */
export class DocxError extends Error {
  constructor(readonly why: { zh: string; en: string }) {
    super(why.en);
  }
}

interface Entry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const corrupt = (en: string): DocxError => new DocxError({ zh: `ZIP 结构损坏（${en}）`, en: `corrupt ZIP (${en})` });

/** Whether the bytes begin as a ZIP file does (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The package's entries by part name, lower-cased (OPC part names compare without case), from its central
 * directory. ZIP64 is refused: no word-processing document comes near 4 GB.
 */
export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  /** What may still be inflated, over all the parts read. */
  private budget: number;

  constructor(
    private readonly bytes: Buffer,
    maxInflated: number,
  ) {
    this.budget = maxInflated;
    const end = findEnd(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) throw corrupt('ZIP64');
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw corrupt('central directory');
      const nameLength = bytes.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      if (next > bytes.length) throw corrupt('central directory');
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/u, '').toLowerCase();
      this.entries.set(name, {
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        crc: bytes.readUInt32LE(at + 16),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
      });
      at = next;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part's text (UTF-8, or UTF-16 after its byte order mark, as XML allows), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    if ((e.flags & 1) !== 0) throw new DocxError({ zh: '文件已加密', en: 'the file is encrypted' });
    const at = e.localOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== 0x04034b50) throw corrupt(name);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (start + e.compressedSize > this.bytes.length) throw corrupt(name);
    let out: Buffer;
    if (e.method === 0) {
      if (data.length > this.budget) throw tooLarge();
      out = data;
    } else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, this.budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw corrupt(name);
      }
    } else {
      throw corrupt(`${name}: method ${e.method}`);
    }
    this.budget -= out.length;
    if (crc32(out) !== e.crc) throw corrupt(`${name}: CRC`);
    return decode(out);
  }
}

/** XML bytes as text: UTF-16 when a byte order mark says so, else UTF-8 (without its byte order mark). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(): DocxError {
  return new DocxError({ zh: '解压后内容过大（疑似压缩炸弹）', en: 'too large once uncompressed (a zip bomb?)' });
}

/** The offset of the end-of-central-directory record: the last one, within the 64 KB a comment may take. */
function findEnd(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw corrupt('no central directory');
}
