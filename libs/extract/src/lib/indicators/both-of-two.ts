// Rule `both-of-two`: a 双 value is each of two subjects'.
import { COUNTED_THING } from './counted-things';
import { MEASURE_END } from './metric-names';

/** 双 or 双双 closing the words before a value: both of two subjects reach it. */
export const BOTH = /(?:实现|达到|均)?双双?$/;

/**
 * The two subjects a 双 value is each one's (rule `both-of-two`), with the measure the second writes after its own
 * noun: "新开工项目和储备项目的总投资额" → 新开工项目总投资额, 储备项目总投资额 (辽宁 2020); "规上工业企业和重点园区数字化改造
 * 覆盖率" → 规上工业企业数字化改造覆盖率, 重点园区数字化改造覆盖率 (合肥 2021). Null where the words name no such pair.
 */
export function bothSubjects(name: string): string[] | null {
  const pair = /^([\u4e00-\u9fa5A-Za-z0-9]{2,20})[和与及]([\u4e00-\u9fa5A-Za-z0-9的]{4,40})$/.exec(name);
  if (!pair) return null;
  const [, first, second] = pair;
  const of = second.lastIndexOf('的');
  let head = of > 0 ? second.slice(0, of) : '';
  let measure = of > 0 ? second.slice(of + 1) : '';
  if (of < 0)
    for (let at = second.length - 2; at >= 2; at--) {
      if (COUNTED_THING.test(second.slice(0, at)) && MEASURE_END.test(second.slice(at))) {
        head = second.slice(0, at);
        measure = second.slice(at);
        break;
      }
    }
  if (head.length < 2 || measure.length < 2 || !MEASURE_END.test(measure)) return null;
  return [first + measure, head + measure];
}
