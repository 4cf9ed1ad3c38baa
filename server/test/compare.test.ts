/**
 * Comparing two versions (core/versions): the alignment of articles (insert, delete, move, renumber,
 * split, merge, headings, Traditional text, empty and article-less files), the word diff, the renderers and
 * the instrument's phrasings; the sample draft against its 修改稿 as goldens.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { analyse, compareVersions, renderHtml, renderMarkdown, writeInstrument, type ArticleRow, type Comparison, type Row } from '../src/core';
import { diffWords, sideText, tokens } from '../src/core/versions/diff';
import { assertGolden, FIXTURES } from './golden';

const SENTENCES = [
  '为了规范数字经济促进工作，保障各方合法权益，根据有关法律法规，制定本条例。',
  '本条例适用于本市行政区域内促进数字经济发展的相关活动。',
  '市人民政府应当将数字经济发展纳入国民经济和社会发展规划，建立协调推进机制。',
  '工业和信息化部门负责推进、协调、督促全市数字经济发展工作。',
  '统计部门应当加强数字经济统计监测，完善评价指标体系和核算制度。',
  '鼓励高等院校、科研机构和企业开展数字技术联合攻关，共建创新平台。',
  '违反本条例规定的行为，法律、法规已有法律责任规定的，从其规定。',
  '本条例自公布之日起施行。',
];

const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A law of one article per body, numbered 1, 2, 3 … (bodies may hold several 款 as lines). */
function law(bodies: readonly string[], title = '某市数字经济促进条例'): string {
  return [title, ...bodies.map((b, k) => `第${NUM[k]}条 ${b}`)].join('\n') + '\n';
}

function compare(before: string, after: string, unchanged = true): Comparison {
  return compareVersions(analyse(before), analyse(after), { unchanged });
}

function articles(c: Comparison): ArticleRow[] {
  return c.rows.filter((r): r is ArticleRow => r.type === 'article');
}

/** Each row as kind old-labels>new-labels (r: renumbered). */
function shape(c: Comparison): string[] {
  return c.rows.map((r: Row) =>
    r.type === 'heading' ? `#${r.kind} ${r.old?.title ?? ''}>${r.new?.title ?? ''}` : `${r.kind}${r.renumbered ? '(r)' : ''} ${r.old.map((x) => x.number).join('+')}>${r.new.map((x) => x.number).join('+')}`,
  );
}

describe('compare: alignment', () => {
  it('an inserted article is added; the articles after it are renumbered, not changed', () => {
    const after = [...SENTENCES.slice(0, 3), '市人民政府设立数字经济发展专项资金，支持重点项目建设。', ...SENTENCES.slice(3)];
    assert.deepEqual(shape(compare(law(SENTENCES), law(after))), ['unchanged 1>1', 'unchanged 2>2', 'unchanged 3>3', 'added >4', 'unchanged(r) 4>5', 'unchanged(r) 5>6', 'unchanged(r) 6>7', 'unchanged(r) 7>8', 'unchanged(r) 8>9']);
  });

  it('a deleted article is deleted, in its old place', () => {
    const after = SENTENCES.filter((_, k) => k !== 4);
    assert.deepEqual(shape(compare(law(SENTENCES), law(after))).slice(3, 6), ['unchanged 4>4', 'deleted 5>', 'unchanged(r) 6>5']);
  });

  it('a moved article is one row, moved, at its new place; unchanged rows are left out by default', () => {
    const after = [SENTENCES[0], SENTENCES[2], SENTENCES[3], SENTENCES[4], SENTENCES[1], ...SENTENCES.slice(5)] as string[];
    const c = compare(law(SENTENCES), law(after), false);
    assert.deepEqual(shape(c), ['moved(r) 2>5']);
    assert.equal(c.summary.moved, 1);
    assert.equal(c.summary.unchanged, 7);
  });

  it('an edited article is one row, modified, with the changed words marked', () => {
    const after = [...SENTENCES];
    after[3] = '工业和信息化部门负责统筹推进、协调、督促全市数字经济发展工作。';
    const c = compare(law(SENTENCES), law(after), false);
    assert.deepEqual(shape(c), ['modified 4>4']);
    assert.deepEqual(articles(c)[0]?.diff.filter((d) => d.op !== 'equal'), [{ op: 'insert', text: '统筹' }]);
  });

  it('versions edited apart are aligned by similarity, renumbered or not', () => {
    const after = ['市人民政府设立数字经济发展专项资金。', ...SENTENCES.map((s) => s.replace('数字经济', '数字产业'))];
    const c = compare(law(SENTENCES), law(after));
    assert.deepEqual(shape(c), ['added >1', ...SENTENCES.map((s, k) => `${s.includes('数字经济') ? 'modified' : 'unchanged'}(r) ${k + 1}>${k + 2}`)]);
  });

  it('an article split in two is one split row, never a delete and an unrelated add', () => {
    const whole = `${SENTENCES[2]}${SENTENCES[3]}`;
    const before = law([SENTENCES[0] as string, SENTENCES[1] as string, whole, SENTENCES[7] as string]);
    const after = law(SENTENCES.slice(0, 4).concat(SENTENCES[7] as string));
    const c = compare(before, after, false);
    assert.deepEqual(shape(c), ['split 3>3+4']);
    assert.match(renderMarkdown(c), /\| 第三条\u3000[^|]*<br>第四条（原第三条）\u3000/u);
    assert.equal(c.summary.split, 1);
    assert.equal(c.summary.added + c.summary.deleted, 0);
  });

  it('two articles merged into one are one merged row', () => {
    const whole = `${SENTENCES[2]}${SENTENCES[3]}`;
    const c = compare(law(SENTENCES.slice(0, 4).concat(SENTENCES[7] as string)), law([SENTENCES[0] as string, SENTENCES[1] as string, whole, SENTENCES[7] as string]), false);
    assert.deepEqual(shape(c), ['merged 3+4>3']);
    assert.match(renderMarkdown(c), /\| 第三条（原第三条、第四条）\u3000/u);
    assert.equal(c.summary.added + c.summary.deleted, 0);
  });

  it('unrelated articles are not claimed as a split', () => {
    const before = law([SENTENCES[0] as string, SENTENCES[2] as string]);
    const after = law([SENTENCES[0] as string, SENTENCES[2] as string, '本市建立首席数据官制度。']);
    assert.deepEqual(shape(compare(before, after, false)), ['added >3']);
  });

  it('headings are group rows: a renamed chapter is modified, a new one added', () => {
    const before = ['某市条例', '第一章 总则', `第一条 ${SENTENCES[0]}`, '第二章 数字基础设施', `第二条 ${SENTENCES[2]}`, `第三条 ${SENTENCES[3]}`].join('\n');
    const after = ['某市条例', '第一章 总则', `第一条 ${SENTENCES[0]}`, '第二章 新型基础设施', `第二条 ${SENTENCES[2]}`, '第三章 附则', `第三条 ${SENTENCES[3]}`].join('\n');
    assert.deepEqual(shape(compare(before, after)), ['#unchanged 总则>总则', 'unchanged 1>1', '#modified 数字基础设施>新型基础设施', 'unchanged 2>2', '#added >附则', 'unchanged 3>3']);
    assert.deepEqual(shape(compare(before, after, false)), ['#modified 数字基础设施>新型基础设施', '#added >附则']);
  });

  it('a deleted article stays under its old heading', () => {
    const before = ['某市条例', '第一章 总则', `第一条 ${SENTENCES[0]}`, '第二章 分则', `第二条 ${SENTENCES[2]}`, `第三条 ${SENTENCES[3]}`].join('\n');
    const after = ['某市条例', '第一章 总则', `第一条 ${SENTENCES[0]}`, '第二章 分则', `第二条 ${SENTENCES[3]}`].join('\n');
    assert.deepEqual(shape(compare(before, after)), ['#unchanged 总则>总则', 'unchanged 1>1', '#unchanged 分则>分则', 'deleted 2>', 'unchanged(r) 3>2']);
  });

  it('Traditional text aligns the same way', () => {
    const tw = (bodies: string[]): string => ['某市條例', ...bodies.map((b, k) => `第${NUM[k]}條 ${b}`)].join('\n');
    const before = tw(['為規範數位經濟促進工作，保障各方合法權益，特制定本條例。', '本條例適用於本市行政區域內促進數位經濟發展之相關活動。', '本條例自公布日施行。']);
    const after = tw(['為規範數位經濟促進工作，保障各方合法權益，特制定本條例。', '本條例自公布日施行。']);
    assert.deepEqual(shape(compare(before, after, false)), ['deleted 2>']);
    assert.deepEqual(shape(compare(before, after)).slice(1), ['deleted 2>', 'unchanged(r) 3>2']);
  });

  it('empty files and files without articles give an empty table, never a crash', () => {
    for (const [a, b] of [['', ''], ['只有标题', ''], ['', law(SENTENCES.slice(0, 2))], ['\u0000\uFFFD第条', '第一条']]) {
      const c = compare(a as string, b as string);
      assert.equal(articles(c).length, analyse(b as string).articles.length + articles(c).filter((r) => r.kind === 'deleted').length);
      renderMarkdown(c);
      writeInstrument(c);
    }
    assert.deepEqual(compare('', '').rows, []);
  });

  it('the same text twice: every row unchanged, nothing to amend', () => {
    const c = compare(law(SENTENCES), law(SENTENCES));
    assert.ok(articles(c).every((r) => r.kind === 'unchanged' && !r.renumbered));
    assert.match(writeInstrument(c), /无需修改/u);
  });
});

describe('compare: random edits (fast-check)', () => {
  const edit = fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'move', 'edit', 'split'), fc.nat(), fc.nat()), { maxLength: 6 });

  it('every article is in one row, the new ones in order, whatever the edits; nothing throws', () => {
    fc.assert(
      fc.property(edit, (ops) => {
        const after = [...SENTENCES];
        for (const [op, x, y] of ops) {
          const k = x % Math.max(after.length, 1);
          if (op === 'insert') after.splice(k, 0, `本市新增第${y}项措施，加强数字经济统筹协调。`);
          else if (op === 'delete' && after.length > 1) after.splice(k, 1);
          else if (op === 'move' && after.length > 1) after.splice(y % after.length, 0, ...after.splice(k, 1));
          else if (op === 'edit') after[k] = `${after[k] ?? ''}`.replace(/[，。]/u, '并且');
          else if (op === 'split' && after[k]) after.splice(k, 1, ...(after[k] as string).split('，', 2).map((s) => s.replace(/。?$/u, '。')));
        }
        const c = compare(law(SENTENCES), law(after));
        const rows = articles(c);
        assert.deepEqual(rows.flatMap((r) => r.new.map((x) => x.text)), after);
        assert.deepEqual(rows.flatMap((r) => r.old.map((x) => x.text)).sort(), [...SENTENCES].sort());
        renderMarkdown(c);
        writeInstrument(c, { mode: 'insertOnly' });
      }),
      { numRuns: 200, seed: 2024 },
    );
  });
});

describe('compare: word diff', () => {
  it('works on words and punctuation, not lines or characters', () => {
    assert.deepEqual(tokens('数字经济，发展'), ['数字', '经济', '，', '发展']);
    const d = diffWords('应当兼顾数字经济发展需要。\n第二款。', '应当统筹考虑数字经济发展需要。\n第二款。');
    assert.deepEqual(d, [
      { op: 'equal', text: '应当' },
      { op: 'delete', text: '兼顾' },
      { op: 'insert', text: '统筹考虑' },
      { op: 'equal', text: '数字经济发展需要。\n第二款。' },
    ]);
  });

  it('each side of a diff is that version’s text', () => {
    const [a, b] = [SENTENCES.join('\n'), SENTENCES.slice(2).join('\n').replace(/部门/gu, '机关')];
    const d = diffWords(a, b);
    assert.equal(sideText(d, 'old'), a);
    assert.equal(sideText(d, 'new'), b);
  });
});

describe('compare: renderers', () => {
  const c = compare(law(['本条例所称“A|B”，是指*重点*项目。', SENTENCES[1] as string]), law(['本条例所称“A|B”，是指<重大>项目。', SENTENCES[1] as string]), false);

  it('Markdown escapes | and marks, and joins 款 with <br>', () => {
    const md = renderMarkdown(c);
    assert.match(md, /A\\\|B/u);
    assert.match(md, /~~\\\*重点\\\*~~/u);
    assert.match(md, /\*\*\\<重大\\>\*\*/u);
    const two = renderMarkdown(compare(law([SENTENCES[0] as string]), law([`${SENTENCES[0]}\n${SENTENCES[1]}`]), false));
    assert.match(two, /制定本条例。<br>\*\*本条例适用/u);
  });

  it('the marks are an option: bold and boxed, underlined and struck', () => {
    assert.match(renderMarkdown(c, { marks: 'bold-box' }), /<span style="border:1px solid">\\\*重点\\\*<\/span>/u);
    assert.match(renderMarkdown(c, { marks: 'underline-strike' }), /<u>\\<重大\\><\/u>/u);
  });

  it('HTML is a standalone document with a table in Chinese and nothing external', () => {
    const h = renderHtml(c);
    assert.match(h, /^<!DOCTYPE html>/u);
    assert.match(h, /<table lang="zh">/u);
    assert.match(h, /<b>&lt;重大&gt;<\/b>/u);
    assert.doesNotMatch(h, /(src|href)=/u);
  });

  it('the Taiwan style has three columns, the new text first and 說明 empty', () => {
    const md = renderMarkdown(c, { style: 'tw' });
    assert.match(md, /\| 修正條文 \| 現行條文 \| 說明 \|/u);
    assert.match(md, /^\| 第一条\u3000本条例所称“A\\\|B”，是指\*\*.*\| 第一条\u3000.*~~.*\| {2}\|$/mu);
  });
});

describe('compare: instrument phrasings', () => {
  const amend = (before: string[], after: string[], o = {}): string => writeInstrument(compare(law(before), law(after)), o);

  it('words changed inside an article: 将第X条中的“A”修改为“B”', () => {
    const after = [...SENTENCES];
    after[4] = SENTENCES[4]?.replace('完善', '健全') as string;
    assert.match(amend(SENTENCES, after), /一、将第五条中的“完善”修改为“健全”。/u);
  });

  it('a quotation widened to name one place grows by whole words (全国年节及纪念日放假办法 2013 → 2024)', () => {
    const before = ['全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。部分公民放假的假日，如果适逢星期六、星期日，则不补假。'];
    const after = ['全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。部分公民放假的假日，如果适逢周六、周日，则不补假。'];
    const text = amend(before, after);
    assert.match(text, /将第一条中的“全体公民放假的假日，如果适逢星期六、星期日”修改为“全体公民放假的假日，如果适逢周六、周日”。/u);
    assert.match(text, /将第一条中的“部分公民放假的假日，如果适逢星期六、星期日”修改为/u);
  });

  it('a paragraph added: 第X条增加一款，作为第Y款', () => {
    const after = [...SENTENCES];
    after[2] = `${SENTENCES[2]}\n区县人民政府应当明确数字经济促进工作机构。`;
    assert.match(amend(SENTENCES, after), /一、第三条增加一款，作为第二款：“区县人民政府应当明确数字经济促进工作机构。”/u);
  });

  it('an item added: 第X条增加一项', () => {
    const before = ['下列活动适用本条例：\n（一）数字产业化；\n（二）产业数字化。', SENTENCES[7] as string];
    const after = ['下列活动适用本条例：\n（一）数字产业化；\n（二）数据价值化；\n（三）产业数字化。', SENTENCES[7] as string];
    assert.match(amend(before, after), /一、第一条增加一项，作为第二项：“（二）数据价值化；”\n\n本决定/u);
  });

  it('deleted articles, 删去 or 删除, consecutive ones together', () => {
    const after = SENTENCES.filter((_, k) => k !== 4 && k !== 5);
    assert.match(amend(SENTENCES, after), /一、删去第五条、第六条。/u);
    assert.match(amend(SENTENCES, after, { deleteWord: '删除' }), /一、删除第五条、第六条。/u);
    assert.match(amend(SENTENCES, after), /此外，对条文顺序作相应调整。/u);
  });

  it('an added article: 增加一条，作为第X条, or 在第X条后增加一条，作为第X条之一 in insert-only mode', () => {
    const after = [...SENTENCES.slice(0, 2), '本市设立数字经济发展专项资金。', '本市建立首席数据官制度。', ...SENTENCES.slice(2)];
    assert.match(amend(SENTENCES, after), /一、增加一条，作为第三条：“本市设立数字经济发展专项资金。”\n\n二、增加一条，作为第四条：/u);
    const kept = amend(SENTENCES, after, { mode: 'insertOnly', form: 'amendment' });
    assert.match(kept, /一、在第二条后增加一条，作为第二条之一：“本市设立数字经济发展专项资金。”\n\n二、在第二条后增加一条，作为第二条之二：/u);
    assert.doesNotMatch(kept, /条文顺序/u);
    assert.match(kept, /本修正案自/u);
  });

  it('a rewritten article is quoted whole, each 款 opening with “ and only the last closing', () => {
    const after = [...SENTENCES];
    after[1] = '本条例适用于本市行政区域内数字产业化、产业数字化和数据价值化活动。\n国家另有规定的，从其规定。';
    assert.match(amend(SENTENCES, after), /一、将第二条修改为：“本条例适用于本市行政区域内数字产业化、产业数字化和数据价值化活动。\n“国家另有规定的，从其规定。”/u);
  });

  it('a moved article: 原第X条作为第Y条', () => {
    const after = [SENTENCES[0], SENTENCES[2], SENTENCES[3], SENTENCES[1], ...SENTENCES.slice(4)] as string[];
    assert.match(amend(SENTENCES, after), /一、原第二条作为第四条。/u);
  });

  it('a renamed chapter: 将第X章的章名修改为', () => {
    const before = ['某市条例', '第一章 总则', `第一条 ${SENTENCES[0]}`].join('\n');
    const after = ['某市条例', '第一章 一般规定', `第一条 ${SENTENCES[0]}`].join('\n');
    assert.match(writeInstrument(compare(before, after)), /一、将第一章的章名修改为“一般规定”。/u);
  });
});

describe('compare: the sample draft and its 修改稿 (goldens)', () => {
  const dir = join(FIXTURES, 'compare');
  const c = compareVersions(analyse(readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8')), analyse(readFileSync(join(dir, 'jinan-revised.txt'), 'utf8')));
  const full = compareVersions(analyse(readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8')), analyse(readFileSync(join(dir, 'jinan-revised.txt'), 'utf8')), { unchanged: true });

  it('the table: Markdown, HTML, JSON and the Taiwan layout', () => {
    assertGolden(join(dir, 'jinan.table.markdown'), renderMarkdown(c));
    assertGolden(join(dir, 'jinan.table.html'), renderHtml(c, { marks: 'bold-box' }));
    assertGolden(join(dir, 'jinan.table.json'), JSON.stringify(c, null, 2) + '\n');
    assertGolden(join(dir, 'jinan.table-tw.markdown'), renderMarkdown(c, { style: 'tw', marks: 'underline-strike' }));
  });

  it('the instrument: 修改决定 (renumbering) and 修正案 (insert-only, 删除)', () => {
    assertGolden(join(dir, 'jinan.decision'), writeInstrument(full) + '\n');
    assertGolden(join(dir, 'jinan.amendment'), writeInstrument(full, { form: 'amendment', mode: 'insertOnly', deleteWord: '删除' }) + '\n');
  });

  it('every kind of edit the 修改稿 made is found', () => {
    assert.deepEqual(c.summary, { modified: 3, added: 1, deleted: 1, moved: 1, split: 0, merged: 0, unchanged: full.summary.unchanged, renumbered: full.summary.renumbered });
  });
});
