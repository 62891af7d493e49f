/**
 * What every cross-file checker gets: the edition's data, the world's
 * boundaries, the ids other files may refer to, and a report to add errors
 * to, with the checks several files share (ISO codes, unique keys, references).
 */
import { isKnownIso3 } from '../countryNames';
import type { DataError } from '../dataError';
import type { EditionData } from '../editionFiles';
import type { WorldArea } from '../world';

/** Where in a file: a CSV row or a YAML path. */
export type Location = Pick<DataError, 'row' | 'path'>;

/** A CSV record's row as a spreadsheet shows it (header = 1). */
export const csvRow = (i: number): Location => ({ row: i + 2 });
/** The i-th record of a YAML list, optionally a path inside it. */
export const at = (i: number, rest = ''): Location => ({ path: `[${i}]${rest}` });

export interface CheckContext {
  data: EditionData;
  world: WorldArea[];
  /** Map areas by ISO3 code. */
  areas: Map<string, WorldArea>;
  programmeIds: Set<string>;
  dialogueIds: Set<string>;
  goals: Set<string>;
  /** The file's path as errors name it, e.g. data/2023/posts.csv. */
  file: (name: string) => string;
}

export function checkContext(dir: string, data: EditionData, world: WorldArea[]): CheckContext {
  return {
    data,
    world,
    areas: new Map(world.filter((a) => a.iso3).map((a) => [a.iso3 as string, a])),
    programmeIds: new Set(data.programmes.map((p) => p.id)),
    dialogueIds: new Set(data.dialogues.map((x) => x.id)),
    goals: new Set(data.edition.goals.map((g) => g.id)),
    file: (name) => `${dir}/${name}`,
  };
}

function describe(loc: Location): string {
  return loc.row !== undefined ? `row ${loc.row}` : (loc.path ?? '?');
}

/** Ids in one file that must name a record of another. */
const REFERENCES = {
  programme: { message: 'no programme with this id in programmes.yaml', code: 'unknown-programme' },
  dialogue: { message: 'no dialogue with this id in dialogues.yaml', code: 'unknown-dialogue' },
  goal: { message: 'goal not declared in edition.yaml', code: 'unknown-goal' },
} as const;

/** The errors of one file, and the checks that recur across files. */
export class FileReport {
  readonly errors: DataError[] = [];

  constructor(
    readonly file: string,
    private readonly ctx: CheckContext,
  ) {}

  add(loc: Location, error: Omit<DataError, 'file' | 'row' | 'path'>): void {
    this.errors.push({ file: this.file, ...loc, ...error });
  }

  /** A known ISO 3166-1 code with a boundary on the map. */
  iso(loc: Location, field: string, value: string): void {
    if (!isKnownIso3(value))
      this.add(loc, { field, value, message: 'unknown ISO 3166-1 alpha-3 code', code: 'unknown-iso3' });
    else if (!this.ctx.areas.has(value))
      this.add(loc, { field, value, message: 'no boundary for this country on the map', code: 'no-boundary' });
  }

  /** Each key once; a repeat points to where the key was first used. */
  unique<T>(items: T[], key: (t: T) => string, field: string, loc: (i: number) => Location): void {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else
        this.add(loc(i), {
          field,
          value: k,
          message: `duplicate; first used at ${describe(loc(first))}`,
          code: 'duplicate-id',
        });
    });
  }

  /** An id that must name a programme, dialogue or goal of this edition. */
  reference(kind: keyof typeof REFERENCES, loc: Location, field: string, value: string): void {
    const known = { programme: this.ctx.programmeIds, dialogue: this.ctx.dialogueIds, goal: this.ctx.goals }[kind];
    if (!known.has(value)) this.add(loc, { field, value, ...REFERENCES[kind] });
  }
}

/**
 * A list of records with ids (a YAML file, or a list inside one): each id
 * once, then the file's own rules for each record at its location.
 */
export function checkRecords<T extends { id: string }>(
  ctx: CheckContext,
  name: string,
  records: T[],
  rules: (record: T, loc: Location, report: FileReport, i: number) => void = () => undefined,
  loc: (i: number) => Location = (i) => at(i),
): DataError[] {
  const report = new FileReport(ctx.file(name), ctx);
  report.unique(records, (r) => r.id, 'id', loc);
  records.forEach((r, i) => {
    rules(r, loc(i), report, i);
  });
  return report.errors;
}
