import { useEffect, useRef } from 'react';
import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import langNL from 'echarts/lib/i18n/langNL.js';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([EBarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);
echarts.registerLocale('NL', langNL);

const numberFormat = new Intl.NumberFormat('nl-BE');

export interface BarSeries {
  name: string;
  values: number[];
}

export interface BarChartProps {
  /** What the chart shows, in one sentence: its accessible name. The table beside it has the figures. */
  title: string;
  categories: string[];
  series: BarSeries[];
}

/** A bar chart (SVG, Dutch locale); loaded on its own, so pages without a chart do not pay for ECharts. */
export const BarChart = ({ title, categories, series }: BarChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (element.current === null) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg', locale: 'NL' });
    chart.setOption({
      aria: { enabled: true, label: { description: `${title}. De tabel naast de grafiek geeft dezelfde cijfers.` } },
      color: ['#1d1d1b', '#ffc515', '#0055cc'],
      textStyle: { fontFamily: "'Flanders Art Sans', 'Segoe UI', Arial, sans-serif" },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: 120, overflow: 'break' } },
      // ECharts' locale names months and buttons, not digits: numbers the Flemish way (2.750).
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => numberFormat.format(value) } },
      series: series.map((one) => ({ type: 'bar', name: one.name, data: one.values })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [title, categories, series]);
  return <div ref={element} className="vl-chart" role="img" aria-label={title} />;
};
