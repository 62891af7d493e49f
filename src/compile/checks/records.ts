/**
 * Every record of an edition with its file and location, for the rules that
 * hold for any record (statement or inference, sources, translations): one
 * list, so a new file or list is covered by adding one line here.
 */
import type { EditionData } from '../editionFiles';
import { at, csvRow, type Location } from './context';

export interface AnyRecord {
  /** File name inside the edition folder. */
  file: string;
  loc: Location;
  /** The record's id (or goal/iso3, or rank) for messages. */
  label: string;
  record: Record<string, unknown>;
}

type Rec = Record<string, unknown>;
const asRec = (x: object) => x as unknown as Rec;
const idOf = (r: object, fallback: string) => {
  const o = asRec(r);
  return typeof o.id === 'string' ? o.id : fallback;
};

function list(file: string, items: readonly object[], loc: (i: number) => Location, prefix = ''): AnyRecord[] {
  return items.map((r, i) => ({ file, loc: loc(i), label: `${prefix}${idOf(r, `#${i + 1}`)}`, record: asRec(r) }));
}

const yamlList = (path: string) => (i: number) => ({ path: `${path}[${i}]` });

/** Every record, nested ones (phases, goals, totals, ranked rows) included. */
export function allRecords(d: EditionData): AnyRecord[] {
  const csvKey = (r: { goal: string; iso3: string }) => `${r.goal}/${r.iso3}`;
  return [
    {
      file: 'edition.yaml',
      loc: { path: '(root)' },
      label: 'edition',
      record: asRec({ ...d.edition, goals: [], activity_totals: [], csv_derived: undefined }),
    },
    ...list('edition.yaml', d.edition.goals, yamlList('goals')),
    ...d.edition.activity_totals.map((r, i) => ({
      file: 'edition.yaml',
      loc: { path: `activity_totals[${i}]` },
      label: r.goal,
      record: asRec(r),
    })),
    ...list('posts.csv', d.posts, csvRow),
    ...d.focus.map((r, i) => ({ file: 'focus-countries.csv', loc: csvRow(i), label: csvKey(r), record: asRec(r) })),
    ...d.activities.map((r, i) => ({ file: 'activities.csv', loc: csvRow(i), label: csvKey(r), record: asRec(r) })),
    ...d.programmes.flatMap((p, i) => [
      { file: 'programmes.yaml', loc: at(i), label: p.id, record: asRec({ ...p, phases: [] }) },
      ...p.phases.map((ph, j) => ({
        file: 'programmes.yaml',
        loc: at(i, `.phases[${j}]`),
        label: `${p.id} ${ph.name_en}`,
        record: asRec(ph),
      })),
    ]),
    ...list('moments.yaml', d.moments, (i) => at(i)),
    ...list('statistics.yaml', d.statistics.figures, yamlList('figures')),
    ...list('statistics.yaml', d.statistics.top_hosting, yamlList('top_hosting'), 'hosting '),
    ...list('statistics.yaml', d.statistics.top_origin, yamlList('top_origin'), 'origin '),
    ...list('budgets.yaml', d.budgets, (i) => at(i)),
    ...list('results.yaml', d.results, (i) => at(i)),
    ...list('dialogues.yaml', d.dialogues, (i) => at(i)),
    { file: 'routes.yaml', loc: { path: 'total_2023' }, label: 'total_2023', record: asRec(d.routes.total_2023) },
    ...list('routes.yaml', d.routes.routes, yamlList('routes')),
    ...list('notes.yaml', d.notes, (i) => at(i)),
    ...list('scenes.yaml', d.scenes, (i) => at(i)),
  ];
}
