// Tickets (bars) and mean waiting (line) over the period — Chart.js (MIT), only the parts used.
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ReportSeriesPoint } from '@cherha/contracts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export function ReportChart(props: { series: ReportSeriesPoint[]; label: string; ticketsLabel: string; waitLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { series, ticketsLabel, waitLabel } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      data: {
        labels: series.map((p) => p.period),
        datasets: [
          { type: 'bar', label: ticketsLabel, data: series.map((p) => p.tickets), backgroundColor: '#1f5fa8', yAxisID: 'y' },
          { type: 'line', label: waitLabel, data: series.map((p) => p.wait.meanMinutes), borderColor: '#b34700', backgroundColor: '#b34700', yAxisID: 'y1', spanGaps: true },
        ],
      },
      options: {
        // printed and screenshotted as drawn: no animation
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, position: 'left' }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } },
      },
    });
    return () => chart.destroy();
  }, [series, ticketsLabel, waitLabel]);
  return (
    <div className="rep-chart">
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid="report-chart" />
    </div>
  );
}
