/**
 * The legal sources the legality findings quote, article and words as enacted (read in the national
 * library: 行政处罚法 2021, 行政许可法 2019, 行政强制法 2011, 规章制定程序条例 and 行政法规制定程序条例 2017,
 * 公平竞争审查条例 2024). Messages quote them so the reviewer sees the rule without leaving the editor.
 */
import type { Message } from '../types';

export const RULE_NAME: Message = {
  zh: '《规章制定程序条例》第七条：“规章的名称一般称‘规定’、‘办法’，但不得称‘条例’。”',
  en: 'Regulations on the Procedures for the Formulation of Rules, art. 7: rules are generally named 规定 or 办法, but may not be named 条例.',
};
export const DETENTION: Message = {
  zh: '《中华人民共和国行政处罚法》第十条第二款：“限制人身自由的行政处罚，只能由法律设定。”',
  en: 'Administrative Penalty Law, art. 10(2): administrative penalties restricting personal freedom may be set only by law.',
};
export const LOCAL_PENALTIES: Message = {
  zh: '《中华人民共和国行政处罚法》第十二条第一款：“地方性法规可以设定除限制人身自由、吊销营业执照以外的行政处罚。”',
  en: 'Administrative Penalty Law, art. 12(1): local regulations may set administrative penalties other than restricting personal freedom and revoking business licences.',
};
export const DEPARTMENTAL_PENALTIES: Message = {
  zh: '《中华人民共和国行政处罚法》第十三条第二款：“尚未制定法律、行政法规的，国务院部门规章对违反行政管理秩序的行为，可以设定警告、通报批评或者一定数额罚款的行政处罚。罚款的限额由国务院规定。”',
  en: 'Administrative Penalty Law, art. 13(2): where no law or administrative regulation exists, departmental rules may set warnings, circulated criticism or fines of a certain amount; the State Council sets the fine cap.',
};
export const GOVERNMENT_PENALTIES: Message = {
  zh: '《中华人民共和国行政处罚法》第十四条第二款：“尚未制定法律、法规的，地方政府规章对违反行政管理秩序的行为，可以设定警告、通报批评或者一定数额罚款的行政处罚。罚款的限额由省、自治区、直辖市人民代表大会常务委员会规定。”',
  en: "Administrative Penalty Law, art. 14(2): where no law or regulation exists, local government rules may set warnings, circulated criticism or fines of a certain amount; the province's people's congress standing committee sets the fine cap.",
};
export const LICENSING: Message = {
  zh: '《中华人民共和国行政许可法》第十七条：“除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。”（第十五条第一款只许省、自治区、直辖市人民政府规章设定临时性的行政许可）',
  en: 'Administrative Licensing Law, art. 17: apart from arts. 14 and 15, no other normative document may set an administrative licence (art. 15(1) lets only provincial government rules set a temporary one).',
};
export const LOCAL_COERCION: Message = {
  zh: '《中华人民共和国行政强制法》第十条第三款：“尚未制定法律、行政法规，且属于地方性事务的，地方性法规可以设定本法第九条第二项、第三项的行政强制措施。”（第二项“查封场所、设施或者财物”，第三项“扣押财物”）',
  en: 'Administrative Coercion Law, art. 10(3): local regulations may set only the measures of art. 9 items 2 and 3 (sealing up places, facilities or property; seizing property).',
};
export const RULE_COERCION: Message = {
  zh: '《中华人民共和国行政强制法》第十条第四款：“法律、法规以外的其他规范性文件不得设定行政强制措施。”',
  en: 'Administrative Coercion Law, art. 10(4): normative documents other than laws and regulations may not set administrative coercive measures.',
};
export const RULE_EFFECT: Message = {
  zh: '《规章制定程序条例》第三十二条：“规章应当自公布之日起30日后施行；但是，涉及国家安全、外汇汇率、货币政策的确定以及公布后不立即施行将有碍规章施行的，可以自公布之日起施行。”',
  en: 'Regulations on the Procedures for the Formulation of Rules, art. 32: rules take effect 30 days after publication, unless national security, exchange rates or monetary policy are concerned or delay would hinder their implementation.',
};
export const REGULATION_EFFECT: Message = {
  zh: '《行政法规制定程序条例》第二十九条：“行政法规应当自公布之日起30日后施行；但是，涉及国家安全、外汇汇率、货币政策的确定以及公布后不立即施行将有碍行政法规施行的，可以自公布之日起施行。”',
  en: 'Regulations on the Procedures for the Formulation of Administrative Regulations, art. 29: administrative regulations take effect 30 days after publication, unless national security, exchange rates or monetary policy are concerned or delay would hinder their implementation.',
};
export const FAIR_COMPETITION: Message = {
  zh: '《公平竞争审查条例》第八条、第九条：起草的政策措施不得含有“限定经营、购买或者使用特定经营者提供的商品或者服务”，“限制外地或者进口商品、要素进入本地市场”，“排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标”等内容（第二条：地方性法规、规章适用）',
  en: 'Fair Competition Review Regulations, arts. 8 and 9: drafts may not restrict trade to designated operators, keep goods from elsewhere out of the local market, or exclude operators from elsewhere from local procurement and tendering (art. 2: applies to local regulations and rules).',
};
