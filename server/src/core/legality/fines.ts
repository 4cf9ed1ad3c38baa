/**
 * Fine amounts as texts write them (处一万元以上五万元以下罚款, 处5000元以下的罚款) and the caps the province-level
 * people's congresses set for 政府规章 without a superior law.
 */
import { parseNumeral } from '../text/numerals';

/** The upper bound of a fine: the amount before 元以下…罚款. */
export const FINE_UPPER = /([0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十百千两]+)(万)?元以下(?:的)?罚款/gu;

/** The amount in 元, or undefined when it cannot be read. */
export function yuan(amount: string, wan: string | undefined): number | undefined {
  const digits = amount.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const n = /^[0-9.]+$/u.test(digits) ? Number(digits) : parseNumeral(amount.replace(/两/gu, '二'))?.value;
  return n === undefined || Number.isNaN(n) ? undefined : n * (wan ? 10000 : 1);
}

/** An amount as the texts write it: 15万元, 5000元. */
export function yuanText(n: number): string {
  return n >= 10000 && n % 1000 === 0 ? `${n / 10000}万元` : `${n}元`;
}

/**
 * The caps in the corpus's provinces: [general, raised], the raised one only for the domains each names
 * (公共安全、生态环境保护、人身健康、生命财产安全 …). A team adds its province, or the 部门规章 cap, by the setting.
 */
export const PROVINCE_CAPS: Readonly<Record<string, readonly number[]>> = {
  北京: [30000, 100000],
  浙江: [30000, 100000],
  山东: [100000, 200000],
  河南: [50000, 200000],
};

/** Where the built-in caps are set. */
export const CAP_SOURCES: Readonly<Record<string, string>> = {
  北京: '《北京市规章设定罚款限额规定》第二条',
  浙江: '《浙江省人民代表大会常务委员会关于政府规章设定罚款限额的规定》第三条',
  山东: '《山东省地方政府规章设定罚款限额规定》第三条',
  河南: '《河南省规章设定罚款限额规定》第三条',
};
