/**
 * The date a text speaks at, for asking which laws were in force: the latest date of its 题注 (the lines
 * before its first article) and of its own 施行 sentence (本条例自2021年1月1日起施行, 本条例经……通过，自……起施行). A draft has neither:
 * it will be adopted after today, under the newest law the index holds, so it has no date (undefined).
 */
import type { ParseResult } from '../parse/parse';

const DATE = /((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日/gu;
// (Its adoption may stand between: 本条例经上海市人民代表大会常务委员会通过，自1986年10月1日起施行.)
const OWN_COMMENCEMENT = /本(?:条例|法|规定|办法|细则|规则|决定|准则)(?:经[^。；;\n]{1,40}?(?:通过|批准)，?)?(?:自|从)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日起(?:施行|实施|生效)/gu;

export function textDate(parsed: ParseResult): string | undefined {
  const s = parsed.folded;
  const bodyStart = parsed.articles[0]?.spanStart ?? 0;
  let latest: string | undefined;
  const take = (m: RegExpMatchArray): void => {
    const d = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
    if (latest === undefined || d > latest) latest = d;
  };
  for (const m of s.slice(0, bodyStart).matchAll(DATE)) take(m);
  if (s.includes('起')) for (const m of s.matchAll(OWN_COMMENCEMENT)) take(m);
  return latest;
}
