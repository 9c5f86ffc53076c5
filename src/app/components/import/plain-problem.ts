/**
 * A problem (`file:line:col: severity: message`, the page's own message `中文 / English: how to fix
 * it`, the compiler's in English with its code) in plain words for a visitor: the file's name and
 * what is wrong, in the page's language, without the position or the severity. The line itself
 * stays behind 详情 / Details.
 */
import type { Lang } from '../../i18n/strings.ts';
import { problemZh } from '../../i18n/problems.ts';
import type { ProblemLine } from '../../data/import/protocol.ts';

const LINE = /^(?<file>.*?):\d+:\d+: (?:error|warning|info): (?<message>.*)$/s;
const CJK = /[\u4e00-\u9fff]/;

/**
 * plainProblem({ line: '通知.txt:1:1: error: 没有读出产业链 / no chain or industry was read: …' }, 'zh')
 *   → { file: '通知.txt', text: '没有读出产业链' }
 * plainProblem(the same, 'en') → { file: '通知.txt', text: 'No chain or industry was read: …' }
 */
export function plainProblem(p: ProblemLine, lang: Lang): { file: string; text: string } {
  const m = LINE.exec(p.line);
  if (!m?.groups) return { file: '', text: problemZh(p) ?? p.line };
  const file = m.groups.file as string;
  const message = m.groups.message as string;
  const cut = message.indexOf(' / ');
  const [zh, en] =
    cut > 0 && CJK.test(message.slice(0, cut))
      ? [message.slice(0, cut), message.slice(cut + 3)]
      : [problemZh(p) ?? message, message];
  const text = lang === 'zh' ? zh : en;
  return { file, text: text.charAt(0).toUpperCase() + text.slice(1) };
}
