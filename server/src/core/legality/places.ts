/**
 * Province-level units by the names titles begin with. The four municipalities are 省级 whether or not the
 * title writes 市 (上海口岸服务条例); a province must write 省 (吉林市 is a 设区的市 of 吉林省).
 */
const MUNICIPALITIES = ['北京', '天津', '上海', '重庆'];
const PROVINCES = ['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海'];
const REGIONS: readonly [string, string][] = [
  ['内蒙古', '内蒙古自治区'],
  ['广西', '广西壮族自治区'],
  ['西藏', '西藏自治区'],
  ['宁夏', '宁夏回族自治区'],
  ['新疆', '新疆维吾尔自治区'],
];

const PROVINCE_HEAD = new RegExp(`^(?:(${MUNICIPALITIES.join('|')})市?|(${PROVINCES.join('|')})省|(${REGIONS.map(([, full]) => full).join('|')}))`, 'u');
/** A city, prefecture or league right after the province (广东省广州市, 吉林省延边朝鲜族自治州), or opening the title. */
const CITY_AFTER = /^(?!城市|都市|超市|城乡)[\u4e00-\u9fff]{1,8}?(?:市|自治州|地区|盟)(?!场|民|容|区域|级|人民)/u;
const CITY_HEAD = /^(?!城市|都市|超市|城乡)[\u4e00-\u9fff]{1,6}?(?:市|自治州)(?!场|民|容|区域|级)/u;

export interface Place {
  /** The province-level unit's short name (上海, 广东, 内蒙古), when the title names one. */
  province?: string;
  /** The title names a 设区的市 (or a prefecture below the province). */
  city: boolean;
}

/** The place a title names at its start, or undefined for a title that names none (a national text). */
export function placeOf(title: string): Place | undefined {
  const p = PROVINCE_HEAD.exec(title);
  if (p) {
    const province = p[1] ?? p[2] ?? REGIONS.find(([, full]) => full === p[3])?.[0];
    // 北京市 is itself the city; only a province or region is followed by one of its cities.
    const city = !p[1] && CITY_AFTER.test(title.slice(p[0].length));
    return { province, city };
  }
  if (/^中华人民共和国|^国务院|^全国/u.test(title)) return undefined;
  return CITY_HEAD.test(title) ? { city: true } : undefined;
}
