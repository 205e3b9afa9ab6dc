/**
 * A radar (spider) chart of the six dimension scores, drawn as plain SVG so it renders on the server
 * and prints. Series differ by colour and by line pattern, so they stay apart without colour vision;
 * the values are also in a visually hidden table for screen readers.
 */
import { useTranslation } from 'react-i18next';
import { formatScore } from '../scores';

export interface TRadarSeries {
  label: string;
  /** 0..100, one per label. */
  values: number[];
}

const COLOURS = ['#0b4f8a', '#b04a00', '#1d6b36', '#6a3d9a'];
const DASHES = [undefined, '7 4', '2 3', '10 3 2 3'];
const RINGS = [25, 50, 75, 100];
/** Room around the plot for the axis labels, in viewBox units. */
const PAD_X = 150;
const PAD_Y = 84;
/**
 * Two sets of axis labels, one shown per screen width by CSS: the SVG scales with its box, so on a
 * phone the labels need larger type (in viewBox units) and shorter lines to stay readable.
 */
const LABEL_SETS = [
  { variant: 'wide', chars: 18, lineHeight: 17 },
  { variant: 'narrow', chars: 11, lineHeight: 25 },
] as const;
const LABEL_CHARS = 18;

/** Splits a label into lines of about `max` characters at spaces (at most three lines). */
export function wrapLabel(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), lines.slice(2).join(' ')];
  return lines;
}

export function RadarChart({
  labels,
  series,
  size = 300,
}: {
  labels: string[];
  series: TRadarSeries[];
  size?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const r = size / 2;
  const cx = PAD_X + r;
  const cy = PAD_Y + r;
  const n = labels.length;
  // The first axis points straight up; the rest follow clockwise.
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, value: number): [number, number] => {
    const d = (Math.max(0, Math.min(100, value)) / 100) * r;
    return [cx + d * Math.cos(angle(i)), cy + d * Math.sin(angle(i))];
  };
  const polygon = (values: number[]) =>
    values
      .slice(0, n)
      .map((v, i) =>
        point(i, v)
          .map((c) => c.toFixed(1))
          .join(','),
      )
      .join(' ');

  const summary = series
    .map((s) => {
      const values = labels.map((l, i) => `${l} ${formatScore(s.values[i] ?? 0, locale)}`).join(', ');
      return series.length > 1 ? `${s.label}: ${values}` : values;
    })
    .join('; ');

  return (
    <figure className="dma-radar">
      <svg
        className="dma-radar__svg"
        viewBox={`0 0 ${size + 2 * PAD_X} ${size + 2 * PAD_Y}`}
        role="img"
        aria-label={t('dma.radar.label', { values: summary })}
      >
        <g className="dma-radar__grid">
          {RINGS.map((ring) => (
            <polygon key={ring} points={polygon(labels.map(() => ring))} />
          ))}
          {labels.map((_, i) => {
            const [x, y] = point(i, 100);
            return <line key={i} x1={cx} y1={cy} x2={x} y2={y} />;
          })}
        </g>
        <g className="dma-radar__ticks" aria-hidden="true">
          {RINGS.map((ring) => (
            <text key={ring} x={cx + 4} y={cy - (ring / 100) * r - 3}>
              {ring}
            </text>
          ))}
        </g>
        {series.map((s, k) => (
          <g key={k} className="dma-radar__series" style={{ color: COLOURS[k % COLOURS.length] }}>
            <polygon points={polygon(s.values)} strokeDasharray={DASHES[k % DASHES.length]} />
            {s.values.slice(0, n).map((v, i) => {
              const [x, y] = point(i, v);
              return <circle key={i} cx={x} cy={y} r={3.5} />;
            })}
          </g>
        ))}
        {LABEL_SETS.map(({ variant, chars, lineHeight }) => (
          <g key={variant} className={`dma-radar__labels dma-radar__labels--${variant}`}>
            {labels.map((label, i) => {
              const [x, y] = point(i, 100);
              const cos = Math.cos(angle(i));
              const sin = Math.sin(angle(i));
              const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
              const lines = wrapLabel(label, chars);
              const lx = x + cos * 10;
              const extra = (lines.length - 1) * lineHeight;
              // Labels above the plot grow upwards, those below downwards, side ones centre on the axis end.
              const ly = sin < -0.5 ? y - 16 - extra : sin > 0.5 ? y + lineHeight + 4 : y - extra / 2 + lineHeight / 3;
              return (
                <text key={i} x={lx} y={ly} textAnchor={anchor}>
                  {lines.map((line, j) => (
                    <tspan key={j} x={lx} dy={j === 0 ? 0 : lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </g>
        ))}
      </svg>
      {series.length > 1 ? (
        <figcaption>
          <ul className="dma-radar__legend" aria-hidden="true">
            {series.map((s, k) => (
              <li key={k}>
                <svg width="30" height="12" viewBox="0 0 30 12" focusable="false">
                  <line
                    x1="1"
                    y1="6"
                    x2="29"
                    y2="6"
                    stroke={COLOURS[k % COLOURS.length]}
                    strokeWidth="3"
                    strokeDasharray={DASHES[k % DASHES.length]}
                  />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
      {/* The wrapper hides it: a table ignores the 1px box of .visually-hidden and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('dma.radar.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dma.result.dimension')}</th>
              {series.map((s, k) => (
                <th key={k} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                {series.map((s, k) => (
                  <td key={k}>{formatScore(s.values[i] ?? 0, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
