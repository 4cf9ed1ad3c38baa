/**
 * Which legacy Chinese encoding a file that is not UTF-8 is in. VS Code opens such a draft as UTF-8 (unless
 * the user turned on files.autoGuessEncoding): the Chinese becomes replacement characters and nothing can be
 * checked. The candidates are GBK, GB18030 and Big5 (VS Code's ids); one is kept when its decoding
 * re-encodes to the same bytes without a replacement or private-use character (what a wrong codec produces),
 * and when most of its double-byte characters fall where everyday text lies in that code's own layout: GB 2312's
 * punctuation rows and level-1 hanzi for GBK, Big5's symbols and frequent hanzi. Chinese text in one code
 * read as the other lands largely outside those areas, or does not survive the round trip at all.
 */
import * as iconv from 'iconv-lite';

export type LegacyEncoding = 'gbk' | 'gb18030' | 'cp950';

/** The encodings tried, in this order; the first wins a tie (GBK text is GB18030 text too). */
const CANDIDATES: readonly LegacyEncoding[] = ['gbk', 'gb18030', 'cp950'];

/** Below this share of everyday characters the decoding is not plausible Chinese. */
const PLAUSIBLE = 0.6;

export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  if (isUtf8(bytes)) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: LegacyEncoding | undefined;
  let bestShare = PLAUSIBLE;
  for (const encoding of CANDIDATES) {
    if (!roundTrips(buf, encoding)) continue;
    const share = everydayShare(buf, encoding);
    if (share > bestShare) {
      best = encoding;
      bestShare = share;
    }
  }
  return best;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function roundTrips(buf: Buffer, encoding: LegacyEncoding): boolean {
  const text = iconv.decode(buf, encoding);
  if (/[\ufffd\ue000-\uf8ff]/u.test(text)) return false;
  return iconv.encode(text, encoding).equals(buf);
}

/** Share of double-byte characters in the code's everyday area (GB18030's four-byte ones never are). */
function everydayShare(buf: Buffer, encoding: LegacyEncoding): number {
  let all = 0;
  let everyday = 0;
  for (let i = 0; i < buf.length; i++) {
    const lead = buf[i] as number;
    if (lead < 0x81 || lead === 0xff || i + 1 >= buf.length) continue;
    const trail = buf[i + 1] as number;
    all++;
    if (encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39) {
      i += 3;
      continue;
    }
    i++;
    if (encoding === 'cp950') {
      // A1–A3: punctuation and symbols; A440–C67E: the 5,401 frequent hanzi.
      if ((lead >= 0xa1 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e)) everyday++;
    } else if ((lead === 0xa1 || lead === 0xa3 || (lead >= 0xb0 && lead <= 0xd7)) && trail >= 0xa1) {
      everyday++;
    }
  }
  return all === 0 ? 0 : everyday / all;
}
