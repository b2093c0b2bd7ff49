import type { CheckIn } from '../../lib/history/checkins';
import { describeCheckIn, describeSummary, describeTrend, formatWhen } from '../../lib/history/describe';
import { chartable, practiceSummaries } from '../../lib/history/summary';
import { t } from '../../lib/i18n';

export interface CheckInChartProps {
  checkIns: readonly CheckIn[];
  titleOf: (exerciseId: string) => string;
  /** Keeps ids unique when two charts could share a page. */
  id: string;
  /** Fits the chart's own heading into the page's outline. */
  headingLevel: 2 | 3;
}

const W = 320;
const H = 150;
const PAD = { left: 32, right: 12, top: 10, bottom: 12 };

/**
 * Check-ins over time as a small SVG: a hollow dot before, a filled dot after, joined by a line.
 * The same information is offered as text right below it (and summarised per practice), so nothing
 * depends on seeing the picture.
 */
export function CheckInChart({ checkIns, titleOf, id, headingLevel }: CheckInChartProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const points = chartable(checkIns);
  const summaries = practiceSummaries(checkIns);
  const both = points.filter((c) => c.before?.scale !== undefined && c.after?.scale !== undefined);
  const higher = both.filter((c) => c.after!.scale! > c.before!.scale!).length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => PAD.top + ((10 - v) / 10) * plotH;
  const sentence = describeTrend(points.length, both.length, higher);

  return (
    <div class="history stack">
      {points.length > 0 && (
        <figure class="chart">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title id={`${id}-title`}>{t('chart.title')}</title>
            <desc id={`${id}-desc`}>{t('chart.desc', { sentence })}</desc>
            {[0, 5, 10].map((v) => (
              <g key={v} class="chart-grid">
                <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
                <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">{v}</text>
              </g>
            ))}
            {points.map((c, i) => {
              const b = c.before?.scale;
              const a = c.after?.scale;
              return (
                <g key={c.id}>
                  {b !== undefined && a !== undefined && <line class="chart-change" x1={x(i) - 3} x2={x(i) + 3} y1={y(b)} y2={y(a)} />}
                  {b !== undefined && <circle class="chart-before" cx={x(i) - 3} cy={y(b)} r={5} />}
                  {a !== undefined && <circle class="chart-after" cx={x(i) + 3} cy={y(a)} r={5} />}
                </g>
              );
            })}
          </svg>
          <figcaption class="muted">
            <span class="chart-key chart-key-before" aria-hidden="true" /> {t('chart.before')}{' '}
            <span class="chart-key chart-key-after" aria-hidden="true" /> {t('chart.after', { sentence })}
          </figcaption>
        </figure>
      )}
      {summaries.length > 0 && (
        <div>
          <Heading class="history-heading">{t('chart.helped')}</Heading>
          <ul class="history-list">
            {summaries.map((s) => (
              <li key={s.exerciseId}>{describeSummary(s, titleOf(s.exerciseId))}</li>
            ))}
          </ul>
          <p class="muted history-note">{t('chart.someDays')}</p>
        </div>
      )}
      <details class="history-all">
        <summary>{t('chart.all', { count: checkIns.length })}</summary>
        <ol class="history-list" reversed>
          {[...checkIns].reverse().map((c) => (
            <li key={c.id} dir="auto">{describeCheckIn(c, titleOf(c.exerciseId), formatWhen)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
