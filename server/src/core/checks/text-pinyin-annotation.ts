/** text.pinyin-annotation — 依據(jù): pinyin pasted after characters from annotated web pages; removed. */
import type { Check } from './types';

export const pinyinAnnotation: Check = {
  id: 'text.pinyin-annotation',
  reach: 'line',
  title: { zh: '删除拼音注音', en: 'Pinyin annotations pasted into the text' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    for (const span of prose.pinyin()) {
      const p = parsed.source.slice(span.start, span.end);
      report({ span, message: { zh: `拼音注音“${p}”应删除`, en: `Pinyin annotation “${p}” should be removed` }, data: { fix: '' } });
    }
  },
};
