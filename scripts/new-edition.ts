/**
 * npm run data:new-edition -- <year> [dataDir]
 *
 * Scaffolds data/<year>/ from the latest edition: the years set, the records
 * that belong to one report emptied (activity counts and totals, moments,
 * chapter 1 figures, budgets, results, data notes), the lasting ones kept for
 * review (posts, focus countries, programmes, dialogues, routes, the story),
 * and a checklist printed of what to fill. Writes nothing if the folder exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { EDITION_FILES } from '../src/compile/editionFiles';
import { discoverEditionDirs, readTexts } from './editions';

const F = Object.fromEntries(Object.entries(EDITION_FILES).map(([k, v]) => [k, v.file])) as Record<
  keyof typeof EDITION_FILES,
  string
>;

/** Files emptied: their records are the one report's. */
const EMPTIED = [F.moments, F.budgets, F.results, F.notes];

/** What the editor fills or checks, in file order. */
const CHECKLIST: [file: string, todo: string][] = [
  [
    F.edition,
    "titles, report_file, source; goals and focus_count; activity_totals (the report's own totals, with note and source)",
  ],
  [F.focus, 'focus countries per goal (kept from the last edition: check against the new report)'],
  [F.activities, 'activity counts per country and goal (emptied)'],
  [F.posts, 'posts and their status (kept: check the capacity list)'],
  [F.programmes, 'programmes: new phases, budgets, countries; end years of running phases (kept)'],
  [F.moments, "the year's moments: month, place only where the report names it, countries, source (emptied)"],
  [F.statistics, 'chapter 1 figures and top-5 lists (emptied)'],
  [F.budgets, 'budgets per goal for the year (emptied)'],
  [F.results, 'results per programme, with their periods (emptied)'],
  [F.dialogues, 'dialogues (kept)'],
  [F.routes, "routes and their figures (kept: they are the reference's, check the year)"],
  [F.notes, "data notes on the new report's contradictions and caveats (emptied)"],
  [F.scenes, 'the briefing story (kept from the last edition: rewrite it for the new report)'],
];

/** The leading comment lines of a file: its description, kept when its records go. */
function header(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('#'));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

function editionYaml(text: string, from: number, to: number): string {
  const doc = parseDocument(text);
  doc.set('year', to);
  for (const key of ['title_nl', 'title_en', 'report_file']) {
    const value = doc.get(key);
    if (typeof value === 'string') doc.set(key, value.replaceAll(String(from), String(to)));
  }
  doc.set('activity_totals', doc.createNode([]));
  const intro = ` The ${to} edition, scaffolded from ${from} by npm run data:new-edition: see the checklist it printed.`;
  if (isMap(doc.contents))
    doc.contents.items.forEach((pair, i) => {
      if (!isScalar(pair.key)) return;
      // The first key carries the file's description; the totals' comment is about the old report.
      if (i === 0) pair.key.commentBefore = intro;
      if (pair.key.value === 'activity_totals')
        pair.key.commentBefore = " The report's own totals of activities per goal: fill in from the new report.";
    });
  if (doc.commentBefore) doc.commentBefore = intro;
  return doc.toString({ lineWidth: 0 });
}

function main(): void {
  const [yearArg, dirArg] = process.argv.slice(2);
  const dataDir = path.resolve(dirArg ?? 'data');
  const to = Number(yearArg);
  const editions = discoverEditionDirs(dataDir);
  const latest = editions[editions.length - 1];
  if (!/^\d{4}$/.test(yearArg ?? '') || !latest) {
    console.error('usage: npm run data:new-edition -- <year>   (needs an edition folder data/<year>/ to start from)');
    process.exit(2);
  }
  const from = Number(latest);
  const target = path.join(dataDir, String(to));
  if (to <= from || existsSync(target)) {
    console.error(`${target}: the new edition must be a year after ${from} and its folder must not exist yet.`);
    process.exit(1);
  }
  const texts = readTexts(path.join(dataDir, latest));
  const out: Record<string, string> = { ...texts };
  out[F.edition] = editionYaml(texts[F.edition] ?? '', from, to);
  out[F.activities] = `${(texts[F.activities] ?? '').split('\n')[0]}\n`;
  for (const file of EMPTIED) out[file] = `${header(texts[file] ?? '')}\n[]\n`;
  const stats = texts[F.statistics] ?? '';
  out[F.statistics] = `${header(stats)}\nfigures: []\ntop_hosting: []\ntop_origin: []\n`;
  mkdirSync(target, { recursive: true });
  for (const [file, text] of Object.entries(out)) writeFileSync(path.join(target, file), text);
  const rel = path.relative(process.cwd(), target) || target;
  console.log(`Scaffolded ${rel} from ${from}. To fill, file by file (every record needs a source):`);
  for (const [file, todo] of CHECKLIST) console.log(`  [ ] ${rel}/${file}: ${todo}`);
  console.log('Then: npm run data:check (lists every error of every file in one run).');
}

main();
