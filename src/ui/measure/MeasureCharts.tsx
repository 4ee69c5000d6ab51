import type { Histogram } from '../../domain/measure/error-stats';

const W = 300;
const H = 150;
const PAD = 26;
const minus = (v: number) => String(v).replace('-', '−');

/** Bars of the error histogram, −30…+30 dB, with the zero line. */
export function ErrorHistogram({ histogram, label }: { histogram: Histogram; label: string }) {
  const { counts, fromDb, binDb } = histogram;
  const max = Math.max(1, ...counts);
  const toDb = fromDb + counts.length * binDb;
  const x = (db: number) => PAD + ((db - fromDb) / (toDb - fromDb)) * (W - PAD - 16);
  const y = (n: number) => H - PAD - (n / max) * (H - PAD - 6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="measure-chart" role="img" aria-label={label} data-testid="measure-histogram" data-bars={counts.filter((c) => c > 0).length}>
      {counts.map((n, i) => (
        <rect key={i} x={x(fromDb + i * binDb) + 0.5} y={y(n)} width={Math.max(1, x(fromDb + binDb) - x(fromDb) - 1)} height={H - PAD - y(n)} fill="#3b6ea5" />
      ))}
      <line x1={x(0)} x2={x(0)} y1={6} y2={H - PAD} stroke="#b3261e" strokeDasharray="3 2" />
      <line x1={PAD} x2={W - 6} y1={H - PAD} y2={H - PAD} stroke="#666" />
      {[-30, -15, 0, 15, 30].map((db) => (
        <text key={db} x={x(db)} y={H - PAD + 13} textAnchor="middle" fontSize="10">{db > 0 ? `+${db}` : minus(db)}</text>
      ))}
    </svg>
  );
}

const LO = -140;
const HI = -40;

/** Predicted (x) against measured (y), dBm, with the line where they agree. */
export function PredictedMeasuredScatter({ predicted, measured, label }: { predicted: Float32Array; measured: Float32Array; label: string }) {
  const size = 220;
  const s = (dbm: number) => PAD + ((Math.min(HI, Math.max(LO, dbm)) - LO) / (HI - LO)) * (size - PAD - 6);
  const dots: string[] = [];
  for (let i = 0; i < predicted.length; i++) dots.push(`M${s(predicted[i] ?? LO).toFixed(1)} ${(size - s(measured[i] ?? LO)).toFixed(1)}h0`);
  return (
    <svg viewBox={`0 0 ${size} ${size}`} className="measure-chart measure-scatter" role="img" aria-label={label} data-testid="measure-scatter" data-points={predicted.length}>
      <path d={dots.join('')} stroke="#3b6ea5" strokeOpacity={0.45} strokeWidth={2.2} strokeLinecap="round" />
      <line x1={s(LO)} y1={size - s(LO)} x2={s(HI)} y2={size - s(HI)} stroke="#b3261e" strokeDasharray="3 2" />
      <line x1={PAD} x2={size - 6} y1={size - PAD} y2={size - PAD} stroke="#666" />
      <line x1={PAD} x2={PAD} y1={6} y2={size - PAD} stroke="#666" />
      {[-140, -110, -80, -50].map((d) => (
        <g key={d} fontSize="9">
          <text x={s(d)} y={size - PAD + 12} textAnchor="middle">{minus(d)}</text>
          <text x={PAD - 3} y={size - s(d) + 3} textAnchor="end">{minus(d)}</text>
        </g>
      ))}
    </svg>
  );
}
