import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A small bar chart (uPlot) of counts over time buckets; also given as a table for screen readers. */
export function BarChart({ title, points, unit }: { title: string; points: Array<{ at: number; count: number; label: string }>; unit: 'hour' | 'day' }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(240, el.clientWidth);
    const xs = points.map((p) => p.at / 1000);
    const ys = points.map((p) => p.count);
    const chart = new uPlot(
      {
        width,
        height: 180,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ stroke: 'currentColor', grid: { show: false } }, { stroke: 'currentColor', size: 40 }],
        series: [{}, { label: title, stroke: '#4f6bed', fill: 'rgba(79,107,237,0.35)', paths: uPlot.paths.bars!({ size: [0.8, unit === 'hour' ? 30 : 60] }), points: { show: false } }],
      },
      [xs, ys],
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(240, el.clientWidth), height: 180 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [points, title, unit]);
  const total = points.reduce((a, p) => a + p.count, 0);
  return (
    <figure className="chart">
      <figcaption>
        {title} <span className="muted">({total} total)</span>
      </figcaption>
      <div ref={host} aria-hidden="true" />
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.at}>
              <th scope="row">{p.label}</th>
              <td>{p.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Fills the buckets with no events, so a quiet hour shows as zero rather than disappearing. */
export function fillBuckets(rows: Array<{ key: string; count: number }>, unit: 'hour' | 'day', span: number, now = Date.now()): Array<{ at: number; count: number; label: string }> {
  const step = unit === 'hour' ? 3_600_000 : 86_400_000;
  const end = Math.floor(now / step) * step;
  const counts = new Map(rows.map((r) => [Math.floor(Date.parse(unit === 'day' ? `${r.key}T00:00:00.000Z` : r.key) / step) * step, r.count]));
  const points = [];
  for (let at = end - (span - 1) * step; at <= end; at += step) {
    const iso = new Date(at).toISOString();
    points.push({ at, count: counts.get(at) ?? 0, label: unit === 'hour' ? `${iso.slice(0, 13).replace('T', ' ')}:00 UTC` : iso.slice(0, 10) });
  }
  return points;
}

/** Several lines over the same times (uPlot), with a legend; also given as a table for screen readers. */
export function LineChart({ title, at, series }: { title: string; at: number[]; series: Array<{ label: string; color: string; values: number[] }> }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || !at.length) return;
    const chart = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height: 200,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ stroke: 'currentColor', grid: { show: false } }, { stroke: 'currentColor', size: 40 }],
        // Counts change in steps (a task moves at an instant), so each line holds until the next sample.
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: false }, paths: uPlot.paths.stepped!({ align: 1 }) }))],
      },
      [at.map((t) => t / 1000), ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(240, el.clientWidth), height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [at, series]);
  const last = at.length - 1;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {at.length ? <div ref={host} aria-hidden="true" /> : <p className="muted">Nothing to chart yet.</p>}
      {last >= 0 && (
        <table className="sr-only">
          <caption>{title} (now)</caption>
          <tbody>
            {series.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td>{s.values[last]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
