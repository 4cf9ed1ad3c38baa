/**
 * Error findings on unflagged PRC dev-corpus files that are right about the copy: each was read in the file
 * and is an artefact of the conversion (a heading line missing or glued), not of enacted law. The corpus test
 * fails when one of these stops firing (the list must not go stale) and when anything else fires.
 */
export interface CorpusArtefact {
  path: string;
  /** 1-based line of the finding. */
  line: number;
  code: string;
  reason: string;
}

export const CORPUS_ARTEFACTS: readonly CorpusArtefact[] = [
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省企业国有资产监督管理条例(2011-11-25).md', line: 43, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省企业国有资产监督管理条例(2011-11-25).md', line: 153, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第五章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省促进科技成果转化条例(2017-12-01).md', line: 83, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第二章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省南水北调条例(2015-04-01).md', line: 113, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第二章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省南水北调条例(2015-04-01).md', line: 273, code: 'numbering.chapter-sequence', reason: 'the copy numbers both 法律责任 and 附则 as 第七章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/山东省学生体质健康促进条例(2018-09-21).md', line: 39, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/济南市节约用水条例(2020-09-25).md', line: 33, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/淄博市新型墙体材料发展应用与民用建筑节能条例(2020-09-28).md', line: 63, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第二章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/淄博市新型墙体材料发展应用与民用建筑节能条例(2020-09-28).md', line: 123, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第五章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/菏泽市制定地方性法规条例(2016-04-06).md', line: 35, code: 'reference.dangling', reason: 'the copy lacks the headings of chapters 1 to 3, so “本条例第三章” has nothing to point at' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/菏泽市制定地方性法规条例(2016-04-06).md', line: 41, code: 'reference.dangling', reason: 'the copy lacks the headings of chapters 1 to 3, so “本条例第三章” has nothing to point at' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/菏泽市制定地方性法规条例(2016-04-06).md', line: 119, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第三章' },
  { path: 'LawRefBook-Laws/DLC/山东地方法规/地方性法规/山东/菏泽市城乡规划条例(2018-12-07).md', line: 145, code: 'numbering.section-sequence', reason: 'the copy lacks the 第一节 heading' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/安阳市中小学校幼儿园规划建设条例(2021-12-27).md', line: 31, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/开封市文物保护条例(2018-10-30).md', line: 109, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第二章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/新乡市城市市容和环境卫生管理条例(2018-11-01).md', line: 151, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第三章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省宗教事务条例(2005-07-30).md', line: 37, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省实施《防洪法》办法(2016-03-29).md', line: 229, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第七章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省物业管理条例.md', line: 93, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第二章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省社会信用条例(2019-11-29).md', line: 41, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省行政执法条例(2016-03-29).md', line: 317, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第五章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/河南省计量监督管理条例(2016-03-29).md', line: 73, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章至第三章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/郑州市古树名木及古树后备资源保护条例(2021-11-10).md', line: 35, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/郑州市社会急救医疗条例(2019-01-22).md', line: 269, code: 'reference.dangling', reason: 'the copy glued “第六章附则第四十条” onto the end of the previous article, so chapter 6 and article 40 are lost (two findings on this line)' },
  { path: 'LawRefBook-Laws/DLC/河南地方法规/地方性法规/河南/驻马店市市政设施管理条例(2020-12-31).md', line: 83, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第三章' },
  { path: 'LawRefBook-Laws/DLC/浙江地方法规/地方性法规/浙江/宁波市机动车维修业管理条例(2021-08-17).md', line: 33, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/DLC/浙江地方法规/地方性法规/浙江/宁波市机动车维修业管理条例(2021-08-17).md', line: 183, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第三章至第四章' },
  { path: 'LawRefBook-Laws/DLC/浙江地方法规/地方性法规/浙江/浙江省历史文化名城名镇名村保护条例(2020-09-24).md', line: 45, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/民法商法/著作权法(2020-11-11).md', line: 65, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
  { path: 'LawRefBook-Laws/部门规章/公安部/交通警察道路执勤执法工作规范(2018-01-25).md', line: 27, code: 'numbering.chapter-sequence', reason: 'the copy lacks the heading(s) of 第一章' },
];
