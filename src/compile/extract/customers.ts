/**
 * Key customers a chain document names: 重点客户（比亚迪公司、上汽公司）, or the firms its products
 * go into: 配套/进入 宁德时代、比亚迪等整车企业 (主机企业, 车企…), or the users it works with:
 * 与比亚迪、宇通等下游用户.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { splitList } from '../text/lists.ts';
import { evidence, groupSpan, textAt, type SourceDoc } from '../text/view.ts';

export interface CustomerRead {
  name: string;
  evidence: Evidence;
}

const NAMED =
  /(?:重点客户|主要客户|核心客户|目标客户)\s*[(:：]\s*(?<list>[^)。；;]{2,80}?)\s*[)。；;]/dg;
const SUPPLIED =
  /(?:配套|进入|供货|供应|对接|服务)+(?:于)?(?<list>[^。；;，,：:\n()]{2,80}?)等(?:国内外)?(?:知名|头部|主流|龙头|重点)?(?:(?:新能源)?(?:整车|主机|汽车|车)(?:企业|厂商|厂|企)|[\u4e00-\u9fa5]{0,4}?(?:企业|厂商|客户|企)(?=供应链|供应体系|配套体系|采购体系))/dg;

/** Named as the users a chain works with: 推动与比亚迪、宇通等下游用户开展合作, 面向华为等终端用户. */
const USERS =
  /(?:与|同|和|面向)(?<list>[^。；;，,：:\n()与同和]{2,80}?)等(?:国内外)?(?:知名|头部|主流|龙头|重点)?(?:下游|终端|重点|骨干)?(?:用户|客户|采购商|应用企业|应用单位)/dg;

/**
 * The customers, in document order, each name once.
 * @example '配套宁德时代、比亚迪等整车企业' → [{ name: '宁德时代' }, { name: '比亚迪' }]
 */
export function readCustomers(doc: SourceDoc): CustomerRead[] {
  const out: CustomerRead[] = [];
  const spans = [NAMED, SUPPLIED, USERS]
    .flatMap((re) => [...doc.view.matchAll(re)])
    .map((m) => groupSpan(m, 'list'))
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of spans) {
    for (const it of splitList(doc.view, s, e)) {
      const name = textAt(doc, it.start, it.end);
      if (name.length > 20 || out.some((c) => c.name === name)) continue;
      out.push({ name, evidence: evidence(doc, it.start, it.end) });
    }
  }
  return out;
}
