/**
 * Thin wrapper around a chart spec: the chart's DOM is built by a pure
 * function and appended in an effect; React owns the caption and the table
 * alternative, rendered as text (never HTML), so data can't inject markup.
 * If drawing fails the table opens, so the numbers stay readable.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChartEntry } from '../../charts/catalogue';
import type { ChartTable } from '../../charts/frame';
import { chartMessages } from '../../i18n/messages/charts';
import { formatNumber } from '../../i18n/numbers';
import type { Lang } from '../../state/types';

interface Props extends ChartEntry {
  lang: Lang;
}

export function ChartFigure({ id, render, table, description, lang }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    try {
      el.replaceChildren(render(el.ownerDocument));
      setFailed(false);
    } catch (e) {
      el.replaceChildren();
      setFailed(true);
      console.error(`chart ${id} failed`, e);
    }
    return () => el.replaceChildren();
  }, [id, render]);

  return (
    <figure className="chart-figure" id={`chart-${id}`}>
      <div className="chart-plot" ref={holder} />
      <figcaption className="chart-description">{description}</figcaption>
      <details className="chart-table" open={failed || undefined}>
        <summary>{chartMessages(lang).showTable}</summary>
        <DataTable table={table} lang={lang} />
      </details>
    </figure>
  );
}

function DataTable({ table, lang }: { table: ChartTable; lang: Lang }) {
  const cell = (v: string | number) => (typeof v === 'number' ? formatNumber(v, lang) : v);
  return (
    <div className="chart-table-scroll">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((v, i) => {
                const column = table.columns[i] ?? String(i);
                const className = typeof v === 'number' ? 'num' : undefined;
                // The first cell names the row, so screen readers announce it with each value.
                return i === 0 ? (
                  <th key={column} scope="row" className={className}>
                    {cell(v)}
                  </th>
                ) : (
                  <td key={column} className={className}>
                    {cell(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
