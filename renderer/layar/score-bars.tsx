// The leaderboard's bar chart (recharts): one bar per row slot, drawn on the same lines as
// the rows beside it, so the eye goes from a title straight to its bar. The axis starts
// at a labelled round number below the lowest score shown (printed above the chart), so
// close scores stay distinguishable without pretending the scale starts at zero.
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PublicRow } from '../../shared/contract/views.js';
import { MICRO } from '../../shared/fixed.js';

const colours = ['#ffc53d', '#d9e2f2', '#f0a46c', '#4cc2ff'];

/** The chart's left edge: a multiple of 10 at least 5 points below the lowest score. */
export function chartBase(rows: PublicRow[]): number {
  const scores = rows.flatMap((r) => (r.scoreMicro === null ? [] : [r.scoreMicro / MICRO]));
  if (scores.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...scores) - 5) / 10) * 10);
}

export function ScoreBars({
  rows,
  slots,
  base,
}: {
  rows: PublicRow[];
  slots: number;
  base: number;
}) {
  const data = Array.from({ length: slots }, (_, i) => {
    const r = rows[i];
    return {
      slot: String(i),
      value: r?.scoreMicro == null ? null : r.scoreMicro / MICRO,
      rank: r?.rank ?? 0,
    };
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        barCategoryGap="26%"
      >
        <XAxis type="number" domain={[base, 100]} hide allowDataOverflow />
        <YAxis type="category" dataKey="slot" hide />
        <Bar
          dataKey="value"
          radius={[0, 8, 8, 0]}
          isAnimationActive
          animationDuration={900}
          background={{ fill: 'rgba(255,255,255,0.06)' }}
        >
          {data.map((d) => (
            <Cell key={d.slot} fill={colours[Math.min(Math.max(d.rank, 1), 4) - 1]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
