/**
 * The shipped department lexicon: known cores, alias classes, levels, suffixes
 * and generic words. Simplified script only — mentions are read from the script-folded text. Teams extend
 * it through `.lexdraft.json` / settings (`departments.lexicon`, `departments.aliases`, `departments.generic`).
 */

/** How two names of one department relate. */
export type AliasClass = 'strong' | 'probable' | 'legacy';

interface AliasRow {
  canonical: string;
  strong?: readonly string[];
  probable?: readonly string[];
  legacy?: readonly string[];
}

/** The alias table: each canonical core with its strong, probable and legacy names. */
const ALIAS_ROWS: readonly AliasRow[] = [
  { canonical: '发展改革', strong: ['发展和改革', '发改', '发展改革委'], legacy: ['物价', '价格'] },
  { canonical: '工业和信息化', strong: ['工信', '工业信息化'], probable: ['经济和信息化', '经济信息化'] },
  { canonical: '住房城乡建设', strong: ['住房和城乡建设', '住建'], probable: ['住房建设'], legacy: ['城乡建设', '建设'] },
  { canonical: '人力资源社会保障', strong: ['人力资源和社会保障', '人社', '人力社保'], legacy: ['劳动和社会保障', '劳动'] },
  { canonical: '市场监管', strong: ['市场监督管理'], legacy: ['工商', '工商行政管理', '质量技术监督', '质监', '食品药品监督管理'] },
  { canonical: '国资', strong: ['国有资产监督管理', '国有资产监管', '国资委'] },
  { canonical: '地方金融监管', strong: ['地方金融监督管理'], probable: ['金融监管', '地方金融', '金融', '地方金融管理'] },
  { canonical: '大数据', strong: ['大数据工作', '大数据管理', '大数据局'], probable: ['数据', '数据管理', '政务服务数据管理'] },
  { canonical: '卫生健康', strong: ['卫健'], legacy: ['卫生计生', '卫生和计划生育', '卫生'] },
  { canonical: '文化和旅游', strong: ['文化旅游', '文旅'], probable: ['文化广电和旅游', '文化广电旅游', '文化广电旅游体育'], legacy: ['文化', '旅游', '新闻出版广电'] },
  { canonical: '自然资源和规划', probable: ['自然资源', '规划和自然资源', '规划资源', '规划自然资源', '规划'], legacy: ['国土资源', '城乡规划', '国土房管'] },
  { canonical: '生态环境', legacy: ['环境保护', '环保'] },
  { canonical: '应急管理', strong: ['应急'], legacy: ['安全生产监督管理', '安监'] },
  { canonical: '农业农村', legacy: ['农业'] },
  { canonical: '城市管理', strong: ['城管'], probable: ['城市管理和综合执法', '城管执法', '城市管理综合执法', '市容环境卫生', '绿化市容'] },
  { canonical: '综合行政执法', strong: ['综合执法'], probable: ['城市管理行政执法'] },
  { canonical: '行政审批服务', strong: ['行政审批', '审批服务'] },
  { canonical: '交通运输', strong: ['交通'] },
  { canonical: '科技', strong: ['科学技术'], probable: ['科技创新'] },
  { canonical: '公安', strong: ['公安机关'] },
  // Traffic police: a body inside 公安 with its own name in statutes (道路交通安全法 第五条 names both), so
  // two departments, not two names of one (PARENTS: covered where 公安 is declared).
  { canonical: '公安机关交通管理', strong: ['公安交通管理', '交通管理'] },
  { canonical: '司法行政', strong: ['司法'] },
  { canonical: '医疗保障', strong: ['医保'] },
  { canonical: '退役军人事务', strong: ['退役军人'] },
  { canonical: '园林和林业绿化', strong: ['园林和林业'], probable: ['园林绿化', '林业', '园林'] },
  { canonical: '广播电视', strong: ['广电'], probable: ['文化广电'], legacy: ['新闻出版广电'] },
  { canonical: '统计', strong: ['统计机构'] },
  { canonical: '税务', strong: ['税务机关'] },
  { canonical: '网信', strong: ['互联网信息办公室'] },
  { canonical: '人民防空', strong: ['人防'] },
  { canonical: '粮食和物资储备', strong: ['粮食和储备'] },
  // 海事管理机构 is the statutory name (海上交通安全法) of the body 海事部门 names short: one department.
  { canonical: '海事管理', strong: ['海事'] },
];

/** Cores that are departments in their own right (compounds with 和, frequent cores). */
const OTHER_CORES = [
  '财政', '教育', '商务', '水利', '民政', '水务', '气象', '体育', '审计', '渔业', '文物', '知识产权', '海关',
  '消防救援', '药品监督管理', '电力', '中医药', '民族宗教', '通信管理', '邮政管理', '地震', '铁路', '民航',
  '机关事务', '能源', '口岸服务', '组织人事', '宣传', '外事', '侨务', '台港澳', '信访', '档案',
  '粮食', '海洋发展和渔业', '海洋', '城市管理和综合执法', '城管和综合执法', '住房保障和房产管理',
  '住房保障和房地产管理', '住房保障', '房产管理', '房地产管理', '人口和计划生育', '市容和环境卫生', '城市市容和环境卫生', '市政公用', '市政', '电信',
  '林业和草原', '草原', '畜牧兽医', '农业机械', '水行政', '国家安全', '保密', '密码管理', '科学技术协会', '新闻出版', '版权', '电影', '口岸', '投资促进', '乡村振兴', '扶贫开发',
  '营商环境', '出入境管理', '标准化', '计量', '质量监督', '认证认可',
  '无线电管理', '政务服务', '政务服务管理', '数据资源管理', '港口', '航道', '公路', '道路运输',
  '城乡规划建设', '规划建设', '城市规划', '人力资源', '社会保障', '医疗保险', '老龄工作', '妇女儿童工作',
  '民族事务', '宗教事务', '国土空间规划', '测绘地理信息',
];

/** The alias table flattened: surface core → canonical id and class (canonical names map to themselves). */
export interface LexiconEntry {
  canonical: string;
  cls: AliasClass | 'canonical';
}

export function buildLexicon(extraCores: readonly string[] = [], extraAliases: Readonly<Record<string, string>> = {}): Map<string, LexiconEntry> {
  const map = new Map<string, LexiconEntry>();
  for (const core of OTHER_CORES) map.set(core, { canonical: core, cls: 'canonical' });
  for (const row of ALIAS_ROWS) {
    for (const s of row.legacy ?? []) map.set(s, { canonical: row.canonical, cls: 'legacy' });
    for (const s of row.probable ?? []) map.set(s, { canonical: row.canonical, cls: 'probable' });
    for (const s of row.strong ?? []) map.set(s, { canonical: row.canonical, cls: 'strong' });
    map.set(row.canonical, { canonical: row.canonical, cls: 'canonical' });
  }
  for (const core of extraCores) if (!map.has(core)) map.set(core, { canonical: core, cls: 'canonical' });
  for (const [alias, canonical] of Object.entries(extraAliases)) {
    const target = map.get(canonical)?.canonical ?? canonical;
    if (!map.has(canonical)) map.set(canonical, { canonical, cls: 'canonical' });
    map.set(alias, { canonical: target, cls: 'strong' });
  }
  return map;
}

/**
 * Bodies inside another department (canonical → its parent): declared when the parent is, and never
 * another name of it.
 */
export const PARENTS: ReadonlyMap<string, string> = new Map([
  ['公安机关交通管理', '公安'],
  // A 民族宗教事务 department holds both affairs: its text names it by either half (民族事务部门负责……).
  ['民族事务', '民族宗教'],
  ['宗教事务', '民族宗教'],
]);

/**
 * Bodies named with 机关 that are not government departments a responsibilities article lists: courts and
 * procuratorates (司法机关 is not 司法行政), supervisory commissions, and banks (金融机关收受之存款: the older
 * name of 金融机构, still Taiwan's in its tax acts). Never checked.
 */
export const NOT_DEPARTMENTS_WITH_JIGUAN = new Set(['司法', '检察', '审判', '监察', '金融']);

/**
 * With the bare suffix 机构 a name is mostly the regulated party (经营外汇业务的金融机构, 医疗机构, 体育、宣传等
 * 机构); it names a government body only as a managing or supervising one (统计机构, 银行业监督管理机构,
 * 气象主管机构).
 */
export const AGENCY_WITH_JIGOU = /(?:管理|监管|监督|主管|执法|统计|审计|指挥)$/u;

/**
 * Public utilities: with the bare suffix 部门 they name the utility itself (供电部门 is the power company;
 * 电力、通讯、公用等部门新建管线), with 主管部门 or 行政部门 the government body in charge of them. (Not 电信, 通信,
 * 邮政: 金融、电信、网信等有关部门 are regulators.)
 */
export const UTILITIES = new Set(['供水', '供电', '供气', '供热', '燃气', '通讯', '公用', '公用事业']);

/**
 * A central level (国务院, 中央, 国家; 所在地中央金融管理部门派出机构 too): the body is national, never the local
 * department a local text declares under the same name.
 */
export const isCentral = (level: string): boolean => /国务院|中央|国家/u.test(level);

/** Level prefixes, longest first so that 县级以上地方各级人民政府 wins over 县. */
export const LEVELS = [
  '县级以上地方各级人民政府', '县级以上地方人民政府', '县级以上各级人民政府', '县级以上人民政府', '设区的市、县级人民政府', '城市人民政府',
  '设区的市人民政府', '设区的市', '区县（自治县）', '县（市、区）', '县（市）区', '县（市、区）区', '区县（市）', '市、县（市、区）', '县（市）', '县（区）', '乡（镇）',
  '省、自治区、直辖市人民政府', '省、自治区、直辖市', '地方人民政府', '地方各级人民政府', '县级以上地方', '县级以上', '国务院', '中央', '省级', '市级', '县级', '区级',
  '自治区', '自治州', '自治县', '直辖市', '省', '市', '区县', '区', '县', '乡镇', '镇', '乡', '街道', '同级', '本级', '上一级', '上级', '所在地', '地方各级', '各级', '省辖市', '县级市', '地级市', '设区市', '市辖区', '地市', '省级以上', '市级以上', '本市', '本省', '全市', '全省', '新区', '各区', '各县',
].sort((a, b) => b.length - a.length);

/**
 * Department suffixes, longest first. 管理部门 is deliberately absent (城市管理部门 → 城市管理), and so is
 * 管理机构: 国有资产监督管理机构 is 国有资产监督管理 + 机构, the name the lexicon knows (not 国有资产监督).
 */
export const SUFFIXES = ['行政主管部门', '行政管理部门', '主管部门', '行政部门', '部门', '机构', '机关'];

/** Org-name suffixes dropped when the rest is in the lexicon (济南市大数据局 → 大数据). */
export const ORG_SUFFIXES = ['委员会', '办公室', '中心', '局', '委', '厅'];

/** Cores that make a mention generic, never reported: 有关部门, 相关部门, 行业主管部门 … */
export const GENERIC_CORES = new Set([
  '', '有关', '相关', '其他', '其他有关', '其他相关', '各有关', '各相关', '有关行政', '有关行业', '行业', '各行业', '业务',
  '政务', '各级政务', '各政务', '监管', '执法', '行政执法', '市直', '各', '各级', '职能', '同级有关', '上级', '本部门', '本',
  '该', '原', '其', '所属', '下级', '派出', '承办', '牵头', '责任', '行政', '国家', '管理', '专门', '相应', '法定', '主管', '审批',
  '登记', '发证', '批准', '审查', '监督', '检查', '执行', '实施', '决定', '处理', '受理', '备案', '作出', '许可', '行政机关',
  '公共管理和服务', '公共数据提供', '监督检查', '监督', '业务主管', '行业管理', '指定', '确定', '授权', '委托', '设立', '工作',
  // (Military bodies are not the government's departments: 由军事、水利电力等部门自行建设的专用航道.)
  '军事', '军队',
  // (由下列部门负责: the departments a list after it names.)
  '下列',
  // Self-governing bodies and mass organisations, not departments of government (居民委员会、村民委员会、民政部门;
  // 工会、共青团、妇联等).
  '居民委员会', '村民委员会', '工会', '总工会', '共青团', '妇联', '妇女联合会', '残联', '残疾人联合会',
]);

/** Words inside a core that make it generic or functional ("负有安全生产监督管理职责的部门"). */
export const GENERIC_MARKS = /有关|相关|其他|职责|负责|的|所在|指定|确定|委托|授权|以外|之外|等|各级|任何|^(?:军队|部队)/u;

/** Verbs and prepositions that end the words before a mention (the left boundary of a mention). */
export const LEFT_WORDS = [
  '会同', '报请', '报送', '报告', '配合', '协助', '提请', '通知', '告知', '抄送', '移送', '责令', '应当', '可以', '依法', '并', '由', '经', '向', '对', '与',
  '将', '商', '报', '和', '及', '以及', '或者', '或', '同', '给', '按照', '依照', '通过', '接受', '组织', '指导', '支持', '督促', '推动', '在', '征求', '征得', '听取', '取得', '送',
].sort((a, b) => b.length - a.length);
