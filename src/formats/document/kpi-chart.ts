import type * as Echarts from 'echarts/types/dist/echarts';
import { monthEnd } from '../../calendar/index.js';
import type { IsoDate } from '../../calendar/index.js';
import type { Kpi, Measurement, Programme } from '../../model/index.js';
import { escapeXml } from '../svg/index.js';
import { kpiValue, shortDate } from './doc-format.js';
import type { Lang } from './document.js';

// The package's own typings declare `export =`, which ESM TypeScript cannot import by name.
const echarts = (await import('echarts')) as unknown as typeof Echarts;

const WIDTH = 330;
const HEIGHT = 190;
const WORDS = {
  nl: { plan: 'Planning', actual: 'Gemeten', asOf: 'peildatum', chart: (name: string) => `Grafiek ${name}: planning en metingen` },
  en: { plan: 'Plan', actual: 'Measured', asOf: 'as of', chart: (name: string) => `Chart ${name}: plan and measurements` },
} as const;

/**
 * One small chart per KPI, rendered server-side by ECharts as SVG: the planned trajectory (baseline,
 * targets, goal) and the measurements up to the as-of date, with the as-of line.
 */
export function kpiChartGrid(programme: Programme, kpis: readonly Kpi[], measurements: readonly Measurement[], asOf: IsoDate | undefined, lang: Lang): string {
  const charts = kpis.map((kpi) => `<figure class="kpi-chart">${kpiChart(programme, kpi, measurements, asOf, lang)}<figcaption>${escapeXml(kpi.name)}</figcaption></figure>`);
  return `<div class="kpi-charts">${charts.join('')}</div>`;
}

/** The SVG of one KPI's chart; `role="img"` with a label so screen readers announce it. */
export function kpiChart(programme: Programme, kpi: Kpi, measurements: readonly Measurement[], asOf: IsoDate | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const planned: [IsoDate, number][] = [];
  if (kpi.baseline.value !== undefined) planned.push([programme.startDate, kpi.baseline.value]);
  for (const t of kpi.targets) if (t.value !== undefined && t.measured) planned.push([monthEnd(programme.start, t.month), t.value]);
  const actual = measurements
    .filter((m) => m.kpi === kpi.id && (asOf === undefined || m.date <= asOf))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m): [IsoDate, number] => [m.date, m.value]);
  const format = (v: number) => kpiValue(kpi.unit, v, lang);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' },
    grid: { left: 46, right: 14, top: 28, bottom: 26 },
    legend: { top: 2, right: 8, itemHeight: 8, itemWidth: 14, textStyle: { fontSize: 10, color: '#333333' }, data: [w.plan, w.actual] },
    xAxis: {
      type: 'time',
      min: programme.startDate,
      max: programme.endDate,
      splitNumber: 4,
      axisLabel: { fontSize: 9, color: '#444444', formatter: (value: number) => shortDate(new Date(value).toISOString().slice(0, 10), lang).replace(/^\d+ /, '') },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { fontSize: 9, color: '#444444', formatter: format },
      splitLine: { lineStyle: { color: '#E5E5E5' } },
    },
    series: [
      { name: w.plan, type: 'line', data: planned, symbol: 'circle', symbolSize: 4, lineStyle: { type: 'dashed', color: '#6B7280', width: 1.5 }, itemStyle: { color: '#6B7280' } },
      {
        name: w.actual,
        type: 'line',
        data: actual,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { color: '#1D4ED8', width: 2 },
        itemStyle: { color: '#1D4ED8' },
        markLine: asOf
          ? { silent: true, symbol: 'none', label: { formatter: w.asOf, fontSize: 9, color: '#B91C1C' }, lineStyle: { color: '#B91C1C', type: 'solid', width: 1 }, data: [{ xAxis: asOf }] }
          : undefined,
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const label = `${w.chart(kpi.name)}${actual.length ? `; ${format(actual.at(-1)![1])} (${shortDate(actual.at(-1)![0], lang)})` : ''}`;
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}
