/**
 * Time expressions: a deadline that a commitment sets (今年, 年底前,
 * 到2010年, "十一五"期间) and the period an indicator was measured in
 * (上半年, 1-7月, 2020年, 截至九月份).
 */

const N = '[0-9一二三四五六七八九十两几〇零]';
const YEAR = '(?:(?:19|20)[0-9xX]{2}|[一二〇零][〇零一二三四五六七八九]{3})年';

/**
 * A Taiwan (Republic of China) year: 民国88年, 104 年, 110年 — three digits
 * from 100 (2011) or any with 民国, spaces allowed as PDF text leaves them.
 * Not a count of years (建党100年, 100年历史, 50年代).
 */
const ROC_YEAR = '(?:民国 ?[0-9]{2,3}|1[0-4][0-9](?<!(?:[0-9.]|建党|建国|成立|长达|近|逾|超过)[0-9]{3})) ?年(?!代|来|历史|间|的历史)';

/** Deadlines: the times by which a commitment is to be met. */
const DEADLINE = new RegExp(
  [
    `(?:到|至|在|于)?${YEAR}(?:底|末|年底)?(?:前|以前|内)?`,
    `(?:(?:到|至|在|于) ?)?${ROC_YEAR}(?: ?${N}{1,2} ?月(?:份|底)?)?(?:底|末)?(?:前|以前|内)?`,
    '今明两年', '今明年', '今年(?:底|年底|内)?(?:前)?', '明年(?:底)?', '后年', '本年度', '年内', '年底(?:前)?', '年末', '年前',
    '下半年', '下一年', '[一二三四1-4]季度(?:末|前)?', '近期(?:内)?', '本月(?:底)?', '下月', '月底(?:前)?', '春节前', '节前', '近年(?!来)', '届时', '新的一年',
    `今后${N}{1,3}年`, `未来${N}{1,3}年`, '今后一(?:个|段)(?:时期|时间|阶段)', `经过${N}{1,3}(?:-${N}{1,3})?年的?(?:努力|奋斗)`, `${N}{1,3}年(?:内|左右)`, `后${N}{1,2}个?(?:月|年)`, '后几个月',
    '“?十[一二三四五]五”?(?:期间|末|时期|中期)?', `${N}{1,2}月(?:份|底|中旬|上旬|下旬)?(?:前|底前)?(?![0-9一二三四五六七八九十]|日|号)`,
    '(?:这次|此次|本次)会议后', `${N}{1,2}月${N}{1,3}[日号](?:前|以前)`, `在?${N}{1,3}个?(?:工作日|星期|周|月|年)(?:之)?内`,
  ].join('|'),
  'g',
);

/** Periods an indicator was measured in. */
const PERIOD = new RegExp(
  [
    `(?:截至|截止|截止到)(?:${YEAR})?${N}{1,2}月(?:份|底|末)?`, `(?:截至|截止|截止到)(?:目前|年底|去年底|今年)`,
    `(?:${YEAR})?${N}{1,2}[-~至]${N}{1,2}月(?:份)?`, `(?:${YEAR})?(?:上半年|下半年|前三季度|[一二三四]季度|全年|一至[二三四五六七八九十]+月)`,
    `${YEAR}(?:度)?`, '今年(?:上半年|前三季度|以来)?', '去年(?:全年|同期)?', '上半年', '前三季度', '全年', '当年', '近年来', '目前',
  ].join('|'),
  'g',
);

/** A time expression found in the text. */
export interface TimeExpression {
  /** Span in the text searched. */
  start: number;
  end: number;
  /** The expression as written there. */
  text: string;
}

function all(pattern: RegExp, text: string, from: number, to: number): TimeExpression[] {
  const found: TimeExpression[] = [];
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** Before a date, words that make it the date a level is given at (截至11月底): a period, no deadline. */
const AS_OF = /(?:截至|截止到?)$/;

/** The deadlines stated in text[from, to). */
export const findDeadlines = (text: string, from: number, to: number): TimeExpression[] =>
  all(DEADLINE, text, from, to).filter((d) => !AS_OF.test(text.slice(Math.max(0, d.start - 3), d.start)));

/** The nearest period stated before `at` in text[from, at). */
export function periodBefore(text: string, from: number, at: number): TimeExpression | undefined {
  const found = all(PERIOD, text, from, at);
  return found[found.length - 1];
}
