import * as echarts from 'echarts';
import type { SubjectScore } from '@fsjc/sdk';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const GRADE_COLOUR: Record<string, string> = { EXCELLENT: '#2e7d32', GOOD: '#1565c0', PASS: '#f9a825', FAIL: '#c62828' };

function svg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Ranked subjects' scores as horizontal bars, coloured by grade, best at the top. */
export function scoreBars(subjects: readonly SubjectScore[], title: string): string {
  const ranked = subjects.filter((s) => s.ranked).slice(0, 40).reverse();
  const height = Math.max(160, 60 + ranked.length * 22);
  return svg({
    title: { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: FONT } },
    grid: { left: 230, right: 60, top: 36, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: ranked.map((s) => `${s.rank}. ${s.name ?? s.subjectId}`), axisLabel: { fontSize: 11, fontFamily: FONT } },
    series: [{
      type: 'bar', barMaxWidth: 16,
      data: ranked.map((s) => ({ value: Number(s.score), itemStyle: { color: GRADE_COLOUR[s.grade] } })),
      label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number }) => p.value.toFixed(2) },
    }],
  }, 760, height);
}

/** How many subjects of a level have each grade. */
export function gradeBars(subjects: readonly SubjectScore[], title: string, labels: Record<string, string>): string {
  const grades = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'];
  return svg({
    title: { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: FONT } },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: grades.map((g) => labels[g]), axisLabel: { fontFamily: FONT } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 40, data: grades.map((g) => ({ value: subjects.filter((s) => s.grade === g).length, itemStyle: { color: GRADE_COLOUR[g] } })), label: { show: true, position: 'top' } }],
  }, 360, 220);
}

/** Chosen rates of each subject side by side (percent). */
export function rateBars(subjects: readonly SubjectScore[], indicators: { id: string; title: string }[], title: string): string {
  const pick = (s: SubjectScore, id: string) => {
    const v = s.indicators.find((i) => i.indicatorId === id)?.value;
    return v === undefined ? null : Math.round(Number(v) * 1000) / 10;
  };
  return svg({
    title: { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: FONT } },
    legend: { bottom: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: subjects.map((s) => s.name ?? s.subjectId), axisLabel: { fontFamily: FONT, interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: indicators.map((i) => ({ type: 'bar', name: i.title, data: subjects.map((s) => pick(s, i.id)) })),
  }, 760, 280);
}
