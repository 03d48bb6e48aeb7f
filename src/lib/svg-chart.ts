/**
 * A small chart generator: the geometry of bar charts, computed at build time, for SVG that
 * the page renders without any chart JavaScript. Colours are classes (the CSP forbids
 * `style=""`), sizes are viewBox units, so a chart scales to its container. Pure.
 */

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Which series (grouped columns) or row (horizontal bars) the bar shows. */
  series: number;
  value: number;
  /** Where its value label goes. */
  labelX: number;
  labelY: number;
}

export interface AxisLabel {
  x: number;
  y: number;
  text: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  bars: Bar[];
  labels: AxisLabel[];
  /** Horizontal grid lines of grouped columns (y of each tick, with its value). */
  grid: { y: number; value: number }[];
}

/** A "nice" upper bound for an axis: 1, 2 or 5 × a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Round tick values from 0 to a nice maximum: 0, 10, …, 50 for 50; 0, 5, …, 20 for 20. */
export function axisTicks(max: number): number[] {
  if (max <= 5 && Number.isInteger(max)) return Array.from({ length: max + 1 }, (_, i) => i);
  const leading = max / 10 ** Math.floor(Math.log10(max));
  const steps = Math.round(leading) === 2 ? 4 : 5;
  const step = max / steps;
  return Array.from({ length: steps + 1 }, (_, i) => round(i * step));
}

/**
 * One horizontal bar per row (a funnel): bars start after the row labels and are as long as
 * their share of the largest value.
 */
export function horizontalBars(rows: readonly { label: string; value: number }[], options: { width?: number; rowHeight?: number; labelWidth?: number } = {}): ChartGeometry {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 44;
  const labelWidth = options.labelWidth ?? 150;
  const valueRoom = 70;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const span = width - labelWidth - valueRoom;
  const bars = rows.map((row, i) => {
    const length = max === 0 ? 0 : (row.value / max) * span;
    const y = i * rowHeight + 8;
    const height = rowHeight - 16;
    return { x: labelWidth, y, width: round(Math.max(length, row.value > 0 ? 2 : 0)), height, series: i, value: row.value, labelX: round(labelWidth + length + 8), labelY: y + height / 2 + 5 };
  });
  const labels = rows.map((row, i) => ({ x: labelWidth - 10, y: i * rowHeight + rowHeight / 2 + 5, text: row.label }));
  return { width, height: rows.length * rowHeight, bars, labels, grid: [] };
}

/** Columns grouped per category (quarters), one column per series, over a shared value axis. */
export function groupedColumns(categories: readonly string[], series: readonly (readonly number[])[], options: { width?: number; height?: number } = {}): ChartGeometry {
  const width = options.width ?? 640;
  const height = options.height ?? 260;
  const left = 44;
  const bottom = 28;
  const top = 12;
  const plotHeight = height - bottom - top;
  const max = niceMax(Math.max(0, ...series.flat()));
  const groupWidth = categories.length === 0 ? 0 : (width - left) / categories.length;
  const gap = Math.min(16, groupWidth * 0.2);
  const columnWidth = series.length === 0 ? 0 : Math.min(36, (groupWidth - gap) / series.length);
  const groupInset = (groupWidth - gap - columnWidth * series.length) / 2;
  const bars: Bar[] = [];
  categories.forEach((_, c) => {
    series.forEach((values, s) => {
      const value = values[c] ?? 0;
      const barHeight = (value / max) * plotHeight;
      const x = left + c * groupWidth + gap / 2 + groupInset + s * columnWidth;
      const y = top + plotHeight - barHeight;
      bars.push({ x: round(x), y: round(y), width: round(Math.max(columnWidth - 2, 1)), height: round(barHeight), series: s, value, labelX: round(x + columnWidth / 2), labelY: round(y - 3) });
    });
  });
  const labels = categories.map((text, c) => ({ x: round(left + c * groupWidth + groupWidth / 2), y: height - 8, text }));
  const grid = axisTicks(max).map((value) => ({ y: round(top + plotHeight - (value / max) * plotHeight), value }));
  return { width, height, bars, labels, grid };
}
