/**
 * Every setting, declared once: its kind (the value it takes), default, description and what the core is
 * told. The settings reader, the `.lexdraft.json` check (workspace-config.ts) and the CLI's flags read
 * this table; package.json's `contributes.configuration`, its package.nls*.json strings and the
 * settings table of docs/settings.md are tested against it (server/test/settings.test.ts; `UPDATE_GOLDEN=1` rewrites them).
 */
import { type AnalyseOptions, CHECKS, type DepartmentOptions, type Message, type TermOptions } from '../core';
import { articleNumbers, caps, fields, flag, type Kind, levels, names, number, oneOf, text, words } from './kinds';

/** The value a kind reads. */
type ValueOf<K> = K extends Kind<infer T> ? T : never;

interface Setting<K extends Kind<unknown>> {
  kind: K;
  default: NoInfer<ValueOf<K>>;
  description: Message;
  /** One per value of a choice, in its order (the settings editor shows them beside the values). */
  valueDescriptions?: Message[];
  /** What the core is told; a setting without it is the editor's or the LSP layer's. */
  analyse?: (value: ValueOf<K>) => AnalyseOptions;
  /** Read by the VS Code client alone: the server and `.lexdraft.json` do not know it. */
  client?: true;
}

const setting = <K extends Kind<unknown>>(s: Setting<K> & { client?: undefined }): Setting<K> & { client?: undefined } => s;
const clientSetting = <K extends Kind<unknown>>(s: Omit<Setting<K>, 'client'>): Setting<K> & { client: true } => ({ ...s, client: true });

const LEVEL = oneOf('error', 'warning', 'information', 'hint', 'off');

/** In the order package.json and docs/settings.md list them. */
export const SETTINGS = {
  messageLanguage: setting({
    kind: oneOf('auto', 'zh', 'en'),
    default: 'auto',
    description: {
      zh: '诊断信息的语言。`auto` 即草案的语言：中文，与 VS Code 显示语言无关。选 `en` 为英文。',
      en: "Language of diagnostic messages. `auto` is the draft's language: Chinese, whatever the VS Code display language. Choose `en` for English.",
    },
    valueDescriptions: [
      { zh: '草案的语言（中文）', en: "The draft's language (Chinese)" },
      { zh: '中文', en: 'Chinese' },
      { zh: '英文', en: 'English' },
    ],
  }),
  severity: setting({
    kind: levels(LEVEL, new Set(CHECKS.map((c) => c.id))),
    default: {},
    description: {
      zh: '按检查项 id 调整严重程度，例如 `{ "reference.self": "hint", "toc.mismatch": "off" }`。',
      en: 'Override the severity of checks by id, e.g. `{ "reference.self": "hint", "toc.mismatch": "off" }`.',
    },
    // The analysis skips a check that is off and stamps the level on its findings once.
    analyse: (levels) => ({ levels }),
  }),
  stage: setting({
    kind: oneOf('draft', 'final'),
    default: 'draft',
    description: {
      zh: '文本所处阶段：起草中为 `draft`；即将通过或公布时设为 `final`（未填写的日期和 ×× 占位符报错误）。',
      en: 'Stage of the text: `draft` while drafting; `final` when it is about to be adopted or published (unfilled dates and ×× placeholders become errors).',
    },
    analyse: (stage) => ({ stage }),
  }),
  jurisdiction: setting({
    kind: oneOf('auto', 'prc', 'tw'),
    default: 'auto',
    description: {
      zh: '起草规范：`auto` 根据文本判断；`prc`（款/项/目）或 `tw`（項/款/目）。',
      en: 'Drafting conventions: `auto` decides from the text; `prc` (款/项/目) or `tw` (項/款/目).',
    },
    analyse: (jurisdiction) => ({ jurisdiction }),
  }),
  chapterNumbering: setting({
    kind: oneOf('auto', 'continuous', 'perBook'),
    default: 'auto',
    description: {
      zh: '设编的文本中章的编号方式：全文连续（`continuous`）或每编重新起算（`perBook`）；`auto` 根据文本判断。',
      en: 'When the text has books (编): chapters run on through the text (`continuous`) or restart in each book (`perBook`); `auto` reads it from the text.',
    },
    analyse: (v) => ({ chapterNumbering: v === 'auto' ? undefined : v }),
  }),
  joinWrappedLines: setting({
    kind: flag,
    default: true,
    description: {
      zh: '一行未以句末标点结束时，将其与下一行合并为一段（适用于从 PDF 复制的硬换行文本）。',
      en: 'Join hard-wrapped lines (text pasted from PDF) into one paragraph when a line does not end a sentence.',
    },
    analyse: (joinWrappedLines) => ({ joinWrappedLines }),
  }),
  diagnosticsDelay: setting({
    kind: number({ minimum: 0, maximum: 5000 }),
    default: 200,
    description: { zh: '停止输入后多少毫秒重新检查。', en: 'Milliseconds to wait after typing before re-checking.' },
  }),
  autoDetect: clientSetting({
    kind: flag,
    default: true,
    description: {
      zh: '将含有多个条标题（第X条）的 `.txt`、`.md` 文件识别为法规草案。',
      en: 'Treat `.txt` and `.md` files that contain several article labels (第X条) as legislative drafts.',
    },
  }),
  maxFileSize: setting({
    kind: number({ exclusiveMinimum: 0 }),
    default: 5_000_000,
    description: {
      zh: '超过此字符数的文件只做简化检查（结构和编号，不检查引用）并给出提示，以免编辑器卡顿；对其重新编号时仍读取引用。',
      en: 'Files larger than this many characters get a reduced check (structure and numbering, no cross-references) and a notice, so the editor never freezes; renumbering such a file still reads its references.',
    },
  }),
  departments: setting({
    kind: fields<DepartmentOptions>({ responsibilitiesArticles: articleNumbers, lexicon: words, aliases: names, generic: words, ignore: words, legacyNames: oneOf('auto', 'on', 'off') }),
    default: {},
    description: {
      zh: '部门检查：职责条款条号（responsibilitiesArticles，覆盖自动识别）、本地部门名称（lexicon）、别称（aliases：别称→规范名）、泛指（generic）、不检查的部门（ignore）、机构改革前旧称检查（legacyNames：auto/on/off）。工作区 .lexdraft.json 中的同名设置优先。',
      en: 'Department checks: responsibilities article numbers (responsibilitiesArticles, overrides detection), local department names (lexicon), aliases (alias → canonical), generic forms (generic), departments never reported (ignore), pre-2018 names (legacyNames: auto/on/off). The same fields in the workspace .lexdraft.json win.',
    },
    analyse: (departments) => ({ departments }),
  }),
  instrumentType: setting({
    kind: oneOf('auto', 'law', 'administrativeRegulation', 'provincialRegulation', 'cityRegulation', 'departmentalRule', 'provincialRule', 'cityRule'),
    default: 'auto',
    description: {
      zh: '立法形式，`legality.*` 据此检查权限；`auto` 根据标题和制定机关判断（判断不出则不提示）。',
      en: 'Instrument type for `legality.*` (`auto`: from title and issuing body).',
    },
    valueDescriptions: [
      { zh: '根据标题和题注判断', en: 'Read from the title and the issuing body' },
      { zh: '法律', en: 'Law (法律)' },
      { zh: '行政法规', en: 'Administrative regulation (行政法规)' },
      { zh: '省级地方性法规', en: 'Provincial local regulation (地方性法规)' },
      { zh: '设区的市地方性法规', en: 'City local regulation (设区的市地方性法规)' },
      { zh: '部门规章', en: 'Departmental rule (部门规章)' },
      { zh: '省级人民政府规章', en: 'Provincial government rule (省级政府规章)' },
      { zh: '设区的市人民政府规章', en: "City government rule (设区的市政府规章)" },
    ],
    analyse: (instrumentType) => ({ instrumentType }),
  }),
  fineCaps: setting({
    kind: caps,
    default: {},
    description: {
      zh: '规章罚款限额（元），按省或 `"部门规章"`：`[一般限额, 较高限额]`；内置北京、浙江、山东、河南。',
      en: 'Rule fine caps (yuan) by province or `"部门规章"`: `[general, raised]`; 4 built in.',
    },
    analyse: (fineCaps) => ({ fineCaps }),
  }),
  terms: setting({
    kind: fields<TermOptions>({ glossary: words, ignore: words, superiorLaw: words }),
    default: {},
    description: {
      zh: '术语检查：领域词表（glossary，应当定义的术语）、不提示的术语（ignore）、上位法已定义无需重复定义的术语（superiorLaw）。',
      en: 'Term checks: domain glossary of terms that should be defined (glossary), terms never reported (ignore), terms defined by superior law (superiorLaw).',
    },
    analyse: (terms) => ({ terms }),
  }),
  library: setting({
    kind: words,
    default: [],
    description: {
      zh: '自有法规库：存放法规文本（.md、.txt）的文件夹，如本省地方性法规、本市规章，或国家法律法规库的副本；首次需要时按国家法规索引的方式建立索引并缓存，引用其中法规的条文时据此核对。相对路径相对于工作区文件夹（.lexdraft.json 中相对于该文件所在文件夹）。',
      en: 'Folders of your own law texts, indexed and cached so citations of them can be checked.',
    },
  }),
  wordTemplate: clientSetting({
    kind: text,
    default: '',
    description: {
      zh: '“导出为 Word”和对照表“导出 Word”使用的参考文档（.docx），如本单位的公文模板：取其页面、字体和样式，如 `lexdraft export --reference-docx`。相对路径相对于工作区文件夹；留空则按 GB/T 9704 版式。',
      en: 'The reference document (.docx) “Export as Word” and the Word export of the comparison take their page, fonts and styles from, as `lexdraft export --reference-docx`: a house template. Relative paths are relative to the workspace folder; empty for the GB/T 9704 layout.',
    },
  }),
  amendmentBase: setting({
    kind: text,
    default: '',
    description: {
      zh: '修改决定或修正案所修改的基础文本（文件路径）：设定后，在修改决定或修正案中核对修改对象是否存在、引用的原文是否相符、修改事项是否冲突（amendment.*）。相对路径相对于工作区文件夹（.lexdraft.json 中相对于该文件所在文件夹）。',
      en: 'The text an amending decision or 修正案 amends (a file): its targets, quoted words and conflicts are then checked (amendment.*).',
    },
  }),
};

type Table = typeof SETTINGS;
/** The settings the server reads (from the editor and `.lexdraft.json`). */
type ServerKey = { [K in keyof Table]: Table[K] extends { client: true } ? never : K }[keyof Table];
export type Settings = { [K in ServerKey]: ValueOf<Table[K]['kind']> };

const SERVER_SETTINGS = (Object.entries(SETTINGS) as [string, Setting<Kind<unknown>>][]).filter(([, s]) => !s.client);

/** The setting `.lexdraft.json` may name `key`, if any (own keys only: not `constructor` or `toString`). */
export function serverSetting(key: string): Setting<Kind<unknown>> | undefined {
  const s = Object.hasOwn(SETTINGS, key) ? (SETTINGS as Record<string, Setting<Kind<unknown>>>)[key] : undefined;
  return s && !s.client ? s : undefined;
}

/** Settings from whatever the client sent; wrong types fall back to defaults, field by field. */
export function readSettings(raw: unknown): Settings {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(SERVER_SETTINGS.map(([key, s]) => [key, s.kind.read(given[key]) ?? s.default])) as Settings;
}

export const DEFAULT_SETTINGS: Settings = readSettings({});

/**
 * The editor's settings overlaid by the settings of `.lexdraft.json` files: a team's file wins over one
 * person's editor, and their severity tables merge id by id.
 */
export function layeredSettings(editor: unknown, files: readonly Record<string, unknown>[]): Settings {
  const own = (editor && typeof editor === 'object' ? editor : {}) as Record<string, unknown>;
  const team = Object.assign({}, ...files) as Record<string, unknown>;
  const severity = { ...(own.severity as object | undefined), ...(team.severity as object | undefined) };
  return readSettings({ ...own, ...team, severity });
}

/**
 * `auto` is the draft's language, Chinese for every draft LexDraft reads: not the editor's display language,
 * which many Chinese drafters keep in English. English only when chosen.
 */
export function messageLanguage(settings: Settings): 'zh' | 'en' {
  return settings.messageLanguage === 'en' ? 'en' : 'zh';
}

export function analyseOptions(settings: Settings): AnalyseOptions {
  const options: AnalyseOptions = {};
  for (const [key, s] of SERVER_SETTINGS) if (s.analyse) Object.assign(options, s.analyse((settings as Record<string, unknown>)[key]));
  return options;
}
