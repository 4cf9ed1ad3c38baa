/**
 * text.mojibake — text decoded with the wrong codec (UTF-8 read as GBK, GBK read out of step after a lost
 * byte, either read as Latin-1). Repaired by re-encoding (text/mojibake.ts); a repair that cannot be
 * complete because bytes were lost is offered as a suggestion to read, never applied by fix-all.
 */
import type { DamageKind } from '../text/mojibake';
import type { Message } from '../types';
import type { Check } from './types';

const HOW: Readonly<Record<DamageKind, Message>> = {
  'utf8-as-gbk': { zh: 'UTF-8 文本被按 GBK 解码', en: 'UTF-8 text decoded as GBK' },
  'gbk-shifted': { zh: 'GBK 文本丢失一个字节后错位解码', en: 'GBK text decoded out of step after a lost byte' },
  latin1: { zh: '中文字节被按西文（Latin-1）解码', en: 'Chinese bytes decoded as Latin-1' },
  unrepairable: { zh: '文字在转码中损坏', en: 'text damaged in conversion' },
};

export const mojibake: Check = {
  id: 'text.mojibake',
  reach: 'line',
  title: { zh: '编码损坏（乱码）', en: 'Encoding damage (mojibake)' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    for (const d of prose.damage()) {
      const span = { start: d.start, end: d.end };
      const was = parsed.source.slice(d.start, d.end);
      const how = HOW[d.kind];
      if (d.repair === undefined) {
        report({
          span,
          message: { zh: `${how.zh}：“${was}”无法还原，请与原文核对`, en: `${how.en}: “${was}” cannot be restored; compare with the original` },
        });
      } else if (!d.lossy) {
        report({
          span,
          message: { zh: `${how.zh}：“${was}”应为“${d.repair}”`, en: `${how.en}: “${was}” reads “${d.repair}”` },
          data: { fix: d.repair },
        });
      } else {
        report({
          span,
          message: {
            zh: `${how.zh}：“${was}”可部分还原为“${d.repair}”，但有字节已丢失，请与原文核对`,
            en: `${how.en}: “${was}” partly restores to “${d.repair}”, but bytes were lost; compare with the original`,
          },
          suggestions: [{ title: { zh: `重新解码为“${d.repair}”（请核对）`, en: `Re-decode as “${d.repair}” (check it)` }, edits: [{ span, newText: d.repair }] }],
        });
      }
    }
  },
};
