import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readNotice, readTitle, titleCandidate } from './metadata.ts';

const HUIZHOU = [
  '惠州市人民政府办公室关于印发惠州市推动新型储能产业高质量发展行动方案（2023—2025年）的通知',
  '惠府办函〔2023〕12号',
  '各县、区人民政府，市政府各工作部门：',
  '《惠州市推动新型储能产业高质量发展行动方案（2023—2025年）》业经市人民政府同意，现印发给你们，请认真组织实施。',
  '惠州市人民政府办公室',
  '2023年7月4日',
  '惠州市推动新型储能产业高质量发展行动方案（2023—2025年）',
  '为加快推动新型储能产业高质量发展，制定本方案。',
].join('\n');

// Notice in → title, issuers, date, number and their exact spans out.
const cases: [
  string,
  string,
  string | null,
  string[],
  string | null,
  string | null,
  string | null,
][] = [
  [
    'a notice with its number, signature, date and then the title line',
    HUIZHOU,
    '惠州市推动新型储能产业高质量发展行动方案（2023—2025年）',
    ['惠州市人民政府办公室'],
    '2023-07-04',
    '惠府办函〔2023〕12号',
    '惠州市推动新型储能产业高质量发展行动方案（2023—2025年）',
  ],
  [
    'a line with only the number, issuers "等7部门" in the notice title, no signature',
    '四川省经济和信息化厅等7部门关于印发《促进锂电产业高质量发展的实施意见》的通知\n川经信材料〔2023〕145号\n各市(州)经济和信息化局:\n现将《促进锂电产业高质量发展的实施意见》印发给你们,请认真贯彻落实。\n促进锂电产业高质量发展的实施意见\n锂电产业是我省重点发展的产业。',
    '促进锂电产业高质量发展的实施意见',
    ['四川省经济和信息化厅等7部门'],
    null,
    '川经信材料〔2023〕145号',
    '促进锂电产业高质量发展的实施意见',
  ],
  [
    'the title over three lines after the date; the notice title over four',
    '重庆市人民政府\n关于印发重庆市建设世界级\n智能网联新能源汽车产业集群发展规划\n(2022—2030年)的通知\n渝府发〔2022〕38号\n各区县(自治县)人民政府,市政府各部门,有关单位:\n现将《重庆市建设世界级智能网联新能源汽车产业集群发展规划(2022—2030年)》印发给你们,请认真贯彻执行。\n重庆市人民政府\n2022年8月19日\n重庆市建设世界级\n智能网联新能源汽车产业集群发展规划\n(2022—2030年)\n为推动我市汽车产业新能源化发展,特制定本规划。',
    '重庆市建设世界级智能网联新能源汽车产业集群发展规划(2022—2030年)',
    ['重庆市人民政府'],
    '2022-08-19',
    '渝府发〔2022〕38号',
    '重庆市建设世界级\n智能网联新能源汽车产业集群发展规划\n(2022—2030年)',
  ],
  [
    'a one-line text layer: number, notice, signature, date and title run together',
    '绥政办发〔2019〕24号绥滨县人民政府办公室关于印发绥滨县中医药产业发展规划(2019-2025年)的通知各乡(镇)人民政府,县政府各有关单位:经县政府同意,现将《绥滨县中医药产业发展规划(2019-2025年)》印发给你们,请认真贯彻落实。绥滨县人民政府办公室2019年6月6日绥滨县中草药产业发展规划(2019—2025年)按照《黑龙江省中医药产业发展规划》相关要求,特制定本发展规划。',
    '绥滨县中草药产业发展规划(2019—2025年)',
    ['绥滨县人民政府办公室'],
    '2019-06-06',
    '绥政办发〔2019〕24号',
    '绥滨县中草药产业发展规划(2019—2025年)',
  ],
  [
    'several signers one a line, spaced',
    '市经济信息化委等关于印发《上海市促进智能机器人产业高质量创新发展行动方案(2023-2025年)》的通知\n\n各有关单位:\n\n  经市政府同意,现将《上海市促进智能机器人产业高质量创新发展行动方案(2023-2025年)》印发给你们,请结合实际贯彻执行。\n\n  上海市经济和信息化委员会\n\n  上海市统计局\n\n  2023年10月19日\n\n上海市促进智能机器人产业高质量创新发展行动方案(2023-2025年)\n\n  智能机器人是具备感知功能的机器人。',
    '上海市促进智能机器人产业高质量创新发展行动方案(2023-2025年)',
    ['上海市经济和信息化委员会', '上海市统计局'],
    '2023-10-19',
    null,
    '上海市促进智能机器人产业高质量创新发展行动方案(2023-2025年)',
  ],
  [
    'a news line that reports the notice (the title is the X of 关于印发X的通知)',
    '河南:到2027年,开发区主导产业集群规模突破3万亿元\n河南省人民政府办公厅发布关于印发河南省开发区产业集群培育和提升三年行动方案的通知。\n为进一步强化开发区主阵地功能,制定本行动方案。',
    '河南省开发区产业集群培育和提升三年行动方案',
    ['河南省人民政府办公厅'],
    null,
    null,
    '河南省开发区产业集群培育和提升三年行动方案',
  ],
  [
    'a disclosure table, its cells as "label: | value |" (成文日期 dates it, not 发布日期)',
    [
      '索 引 号: | /2022-35639 |',
      '发文机关: | 长春市绿园区人民政府办公室 |',
      '成文日期: | 2022年06月27日 |',
      '标 题: | 绿园区深化聚焦产业链链长制工作细则 |',
      '发文字号: | 长绿府办发〔2022〕14号 |',
      '发布日期: | 2022年07月15日 |',
      '绿园区深化聚焦产业链链长制工作细则',
      '为进一步提升产业链链长制实效，特制订本细则。',
    ].join('\n'),
    '绿园区深化聚焦产业链链长制工作细则',
    ['长春市绿园区人民政府办公室'],
    '2022-06-27',
    '长绿府办发〔2022〕14号',
    '绿园区深化聚焦产业链链长制工作细则',
  ],
  [
    'a disclosure table as one label and value a line',
    [
      '标题：某市推动锂电产业高质量发展行动方案',
      '发文机关：某市人民政府办公室',
      '发布日期：2023-05-06',
      '某市推动锂电产业高质量发展行动方案',
      '为加快锂电产业发展，制定本方案。',
    ].join('\n'),
    '某市推动锂电产业高质量发展行动方案',
    ['某市人民政府办公室'],
    '2023-05-06',
    null,
    '某市推动锂电产业高质量发展行动方案',
  ],
  [
    'one line: the notice’s sentences, then the bodies glued to each other and to the date (a real copy: 江苏, 2024)',
    '关于印发江苏省机器人产业创新发展行动方案的通知各设区市工业和信息化局、科技局:为进一步推动全省机器人产业高质量发展,省工业和信息化厅、省科技厅联合制定了《江苏省机器人产业创新发展行动方案》,江苏省工业和信息化厅江苏省科技厅2024年4月17日江苏省机器人产业创新发展行动方案为贯彻落实…',
    '江苏省机器人产业创新发展行动方案',
    ['江苏省工业和信息化厅', '江苏省科技厅'],
    '2024-04-17',
    null,
    '江苏省机器人产业创新发展行动方案',
  ],
  [
    'the handing sentence and another on its line, a note under the date, a body over two lines with its seal’s note',
    [
      '浙江省某某办公室关于印发浙江省人形机器人产业创新发展实施方案的通知',
      '各市经信局:',
      '现将《浙江省人形机器人产业创新发展实施方案》印发给你们,请认真抓好落实。执行中遇到的问题,请径向省经信厅反映。',
      '浙江省制造业高质量发展(数字经济发展)',
      '领导小组办公室(代章)',
      '2024年9月2日',
      '(本文有删减)',
      '浙江省人形机器人产业创新发展实施方案',
      '人形机器人是未来产业。',
    ].join('\n'),
    '浙江省人形机器人产业创新发展实施方案',
    ['浙江省制造业高质量发展(数字经济发展)领导小组办公室'],
    '2024-09-02',
    null,
    '浙江省人形机器人产业创新发展实施方案',
  ],
  [
    'a law database’s labels: the date in dots, the number with [year] as the database writes it (a real copy: 淄博, 2007)',
    [
      '淄博市人民政府关于加快我市信息产业发展的意见',
      '【法规类别】机关工作综合规定 【发文字号】淄政发[2007]23号 【发布部门】淄博市政府 【发布日期】2007.04.19 【实施日期】2007.04.19',
      '各区县人民政府:',
    ].join('\n'),
    null,
    [],
    '2007-04-19',
    '淄政发〔2007〕23号',
    null,
  ],
];

describe('readNotice', () => {
  it.each(cases)('%s', (_, text, title, issuers, date, number, titleQuote) => {
    const d = doc(text);
    const n = readNotice(d);
    expect(n.title?.text ?? null).toBe(title);
    expect(n.title?.evidence.quote ?? null).toBe(titleQuote);
    expect(n.issuers.map((i) => i.text)).toEqual(issuers);
    expect(n.date?.value ?? null).toBe(date);
    expect(n.docNumber?.text ?? null).toBe(number);
    const evs = [n.title, ...n.issuers, n.date, n.docNumber].flatMap((x) =>
      x ? [x.evidence] : [],
    );
    expect(spansHold(d, evs)).toBe(true);
  });

  it('a cited number in brackets is not the document’s', () =>
    expect(
      readNotice(
        doc('各单位:\n为落实《关于振作工业经济的通知》(发改产业〔2021〕1780号)精神,制定本通知。'),
      ).docNumber,
    ).toBeNull());

  it('a text without a notice reads none', () => {
    const n = readNotice(
      doc(
        '新乡经开区汽车热管理产业链健康\n快速发展十条措施\n\n“十四五”期间，我区汽车热管理产业发展势头强劲。',
      ),
    );
    expect(n).toEqual({ title: null, issuers: [], date: null, docNumber: null, handed: null });
  });
});

describe('readTitle without a notice', () => {
  it.each([
    [
      '新乡经开区汽车热管理产业链健康\n快速发展十条措施\n\n正文。',
      '新乡经开区汽车热管理产业链健康快速发展十条措施',
    ],
    [
      '关于加快工业经济发展的若干意见\n（征求意见稿）\n\n为深入贯彻。',
      '关于加快工业经济发展的若干意见',
    ],
    // A masthead and the number line above the title are not the title.
    [
      '武汉市人民政府文件\n武政规〔2022〕4 号\n市人民政府关于支持氢能产业发展的意见\n各区人民政府:',
      '市人民政府关于支持氢能产业发展的意见',
    ],
    [
      '包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见\n\n包府发〔2017〕52号\n',
      '包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见',
    ],
    // A document-sharing site's header names the file; the text below writes it with its draft mark.
    [
      '《衢州市“十四五”柑桔产业高质量发展行动计划.docx》由会员分享,可在线阅读,更多相关《衢州市“十四五”柑桔产业高质量发展行动计划.docx(37页珍藏版)》请在课桌文档上搜索。\n\n1、衢州市“十四五”柑桔产业高质量发展行动计划(送审稿)紧紧围绕农业增效,加快柑桔产业高质量发展。\n一、目标任务\n到2025年全市柑桔面积达到35万亩。',
      '衢州市“十四五”柑桔产业高质量发展行动计划(送审稿)',
    ],
    [
      '《大白蒜产业发展实施意见.docx》由会员分享,可在线阅读。\n为加快发展,制定本意见。',
      '大白蒜产业发展实施意见',
    ],
  ])('%j → %s', (text, title) => expect(readTitle(doc(text))?.title).toBe(title));

  // The party's committee and the government, glued before 关于 (a real title: 宿州, 2023).
  it('bodies glued before 关于 are each an issuer', () =>
    expect(
      readTitle(
        doc(
          '中共宿州市委宿州市人民政府关于加快建设高品质旅游强市的实施意见\n宿发〔2023〕11号\n为促进文化和旅游深度融合,制定如下实施意见。\n一、总体要求\n1.指导思想。坚持以文塑旅。',
        ),
      )?.issuer,
    ).toBe('中共宿州市委、宿州市人民政府'));

  it('no title line: the first line’s first clause is the best candidate', () => {
    const d = doc('各市(州)经济和信息化局、发展改革委:\n为深入贯彻落实精神,特制定本实施意见。');
    expect(readTitle(d)).toBeNull();
    expect(titleCandidate(d)?.title).toBe('各市(州)经济和信息化局、发展改革委');
  });
});
