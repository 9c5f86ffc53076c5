import { describe, expect, it } from 'vitest';
import { doc } from '../text/doc.test-util.ts';
import { readParent } from './parents.ts';

describe('readParent: the place above, as the prose says', () => {
  it.each([
    ['江西省宜春市袁州区锂电池产业链措施', '袁州区', 'county', '宜春市'],
    ['柳东新区是柳州市汽车产业的核心承载区。', '柳东新区', 'zone', '柳州市'],
    ['我区作为芜湖市工业机器人产业的主阵地。', '芜湖经开区', 'zone', '芜湖市'],
    ['为贯彻落实福建省、泉州市关于推动纺织服装产业的部署。', '晋江市', 'city', '泉州市'],
    ['依托襄阳市汽车产业基础,打造湖北省氢能产业发展高地。', '襄阳高新区', 'zone', '襄阳市'],
    ['依托襄阳市汽车产业基础,打造湖北省氢能产业发展高地。', '襄阳市', 'city', '湖北省'],
    ['产能位居江苏省前列。', '盐城市', 'city', '江苏省'],
    ['深入落实山东省新材料产业发展规划。', '东营市', 'city', '山东省'],
  ])('%s (%s) → %s', (text, name, level, parent) =>
    expect(readParent(doc(text), name, level, true)?.name).toBe(parent),
  );

  it.each([
    ['依据《四川省支持办法》执行。', '新都区', 'county'], // a name inside 《》 is another document's title
    ['（责任单位：泉州市晋江生态环境局）', '晋江市', 'city'], // a department name
    ['与江苏省、浙江省企业合作。', '盐城市', 'city'], // two provinces: which one?
  ])('no parent read from %s', (text, name, level) =>
    expect(readParent(doc(text), name, level, true)).toBeNull(),
  );

  it('the span is the parent’s name', () => {
    const d = doc('柳东新区是柳州市汽车产业的核心承载区。');
    const p = readParent(d, '柳东新区', 'zone', true);
    expect(d.text.slice(p!.evidence.start, p!.evidence.end)).toBe('柳州市');
  });
});
