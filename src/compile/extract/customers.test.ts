import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readCustomers } from './customers.ts';

describe('readCustomers', () => {
  it.each([
    ['鼓励链主企业与重点客户（比亚迪公司、上汽公司）开设订单班', ['比亚迪公司', '上汽公司']],
    ['支持企业配套宁德时代、比亚迪等整车企业', ['宁德时代', '比亚迪']],
    ['(4)支持企业进入东风商用车、宇通客车等主机企业配套体系', ['东风商用车', '宇通客车']],
    ['推动产品进入更多整车供应体系', []],
    ['配套进入中国商飞、航空工业西飞等主机企业供应链', ['中国商飞', '航空工业西飞']],
    ['推动燕麦片进入伊利、蒙牛、西贝等企业供应链', ['伊利', '蒙牛', '西贝']],
    ['支持包材企业进入茅台、习酒等酒企供应链', ['茅台', '习酒']],
    ['对接清华大学、北京大学等高校', []], // institutions, not customers
    ['推动与比亚迪、宇通等下游用户开展合作', ['比亚迪', '宇通']],
    ['加强与国家电网、南方电网等重点客户对接', ['国家电网', '南方电网']],
    ['面向华为、中兴等终端用户提供产品', ['华为', '中兴']],
    ['满足下游用户需求', []],
  ])('%s', (text, names) => {
    const d = doc(text);
    const got = readCustomers(d);
    expect(got.map((c) => c.name)).toEqual(names);
    expect(
      spansHold(
        d,
        got.map((c) => c.evidence),
      ),
    ).toBe(true);
  });
});
