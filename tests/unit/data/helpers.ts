/**
 * Shared loaders for the data tests: the real 2023 texts (read once), copies
 * of them with one file edited, and the world boundaries (built once per test
 * file, because buildWorld takes a noticeable fraction of a second).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, parseDocument } from 'yaml';
import { loadWorld, readTexts } from '../../../scripts/editions';
import { crossCheck } from '../../../src/compile/crossChecks';
import type { DataError } from '../../../src/compile/dataError';
import type { EditionData } from '../../../src/compile/editionFiles';
import { parseEdition } from '../../../src/compile/parseEdition';
import type { WorldArea } from '../../../src/compile/world';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA_DIR = path.join(ROOT_DIR, 'data');
/** The edition folder as error messages name it (relative to the repository). */
export const DIR_2023 = 'data/2023';

export type Texts = Record<string, string>;

const realTexts: Readonly<Texts> = Object.freeze(readTexts(path.join(DATA_DIR, '2023')));

/** A fresh copy of the real 2023 texts, safe to change. */
export function texts2023(): Texts {
  return { ...realTexts };
}

let world: WorldArea[] | undefined;
/** The world boundaries, built on first use and cached for the test file. */
export function getWorld(): WorldArea[] {
  world ??= loadWorld();
  return world;
}

/** The real 2023 edition, parsed; throws if it does not parse. */
export function data2023(): EditionData {
  const { data, errors } = parseEdition(DIR_2023, texts2023());
  if (!data) throw new Error(`2023 data does not parse: ${JSON.stringify(errors)}`);
  return data;
}

/** Every error an editor would see for these texts: schema first, then cross-file rules. */
export function checkTexts(texts: Texts, dir = DIR_2023): DataError[] {
  const { data, errors } = parseEdition(dir, texts);
  return data ? crossCheck(dir, data, getWorld()) : errors;
}

/** The 2023 texts with one file changed by `edit`. Fails if the edit changed nothing. */
export function withFile(file: string, edit: (text: string) => string): Texts {
  const texts = texts2023();
  const before = texts[file];
  if (before === undefined) throw new Error(`no file ${file} in ${DIR_2023}`);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  texts[file] = after;
  return texts;
}

/** The 2023 texts with one YAML file changed structurally (comments survive). */
export function withYaml(file: string, edit: (doc: Document) => void): Texts {
  return withFile(file, (text) => {
    const doc = parseDocument(text);
    edit(doc);
    return doc.toString();
  });
}

/** The 2023 texts without one file. */
export function withoutFile(file: string): Texts {
  const texts = texts2023();
  if (!(file in texts)) throw new Error(`no file ${file} in ${DIR_2023}`);
  delete texts[file];
  return texts;
}

/** Replaces the only occurrence of `search`; fails if there is none or more than one. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const first = text.indexOf(search);
  if (first < 0) throw new Error(`not found: ${search}`);
  if (text.indexOf(search, first + 1) >= 0) throw new Error(`found more than once: ${search}`);
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}

/**
 * The 1-based line number of the only line that starts with `prefix`. For the
 * CSV files (one record a line, header on line 1) this is the row number a
 * spreadsheet shows.
 */
export function lineStartingWith(text: string, prefix: string): number {
  const lines = text.split(/\r?\n/);
  const hits = lines.flatMap((line, i) => (line.startsWith(prefix) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${hits.length} lines start with ${prefix}`);
  return hits[0]!;
}

/** Index of the record with this id in a list; fails if there is none. */
export function indexOfId(list: readonly { id: string }[], id: string): number {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no record with id ${id}`);
  return i;
}

export interface TempDataDir {
  /** Plays the repository root: error file names are relative to it. */
  root: string;
  /** root/data */
  dataDir: string;
  /** Writes an edition folder data/<name>/ with these texts. */
  writeEdition(name: string, texts: Texts): void;
  remove(): void;
}

/** An empty data/ folder under os.tmpdir(). */
export function makeTempDataDir(): TempDataDir {
  const root = mkdtempSync(path.join(os.tmpdir(), 'migratiekaart-data-'));
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  return {
    root,
    dataDir,
    writeEdition(name, texts) {
      const dir = path.join(dataDir, name);
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of Object.entries(texts)) writeFileSync(path.join(dir, file), text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Copies the real data/2023 folder into a temporary data dir. */
export function copyReal2023(tmp: TempDataDir): void {
  cpSync(path.join(DATA_DIR, '2023'), path.join(tmp.dataDir, '2023'), { recursive: true });
}
