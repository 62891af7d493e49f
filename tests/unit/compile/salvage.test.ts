/** Cross-checks on the records that passed their schema: the errors point at the file's own rows and paths. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorld, readTexts } from '../../../scripts/editions';
import { crossCheck } from '../../../src/compile/crossChecks';
import { parseEdition } from '../../../src/compile/parseEdition';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/2023');
const world = loadWorld();

function check(edit: (texts: Record<string, string>) => void) {
  const texts = readTexts(DIR);
  edit(texts);
  const parsed = parseEdition('data/2023', texts);
  expect(parsed.data).toBeNull();
  const cross = parsed.partial ? parsed.partial.adjust(crossCheck('data/2023', parsed.partial.data, world)) : [];
  return [...parsed.errors, ...cross].map((e) => ({ file: e.file, row: e.row, path: e.path, code: e.code }));
}

const line = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('one run, every error', () => {
  it('a CSV row left out for its schema error does not shift the rows of later errors', () => {
    const posts = readFileSync(path.join(DIR, 'posts.csv'), 'utf8');
    const errors = check((t) => {
      t['posts.csv'] = t['posts.csv']!.replace(/^amman,4,/m, 'amman,0,').replace(
        /^(kabul,\d+,Kaboel,Kabul,)AFG/m,
        '$1XXX',
      );
    });
    expect(errors).toEqual([
      { file: 'data/2023/posts.csv', row: line(posts, 'amman,'), path: undefined, code: 'schema' },
      { file: 'data/2023/posts.csv', row: line(posts, 'kabul,'), path: undefined, code: 'unknown-iso3' },
    ]);
  });

  it('a YAML record left out keeps the paths of later errors, and references to it are not reported again', () => {
    const errors = check((t) => {
      // The first programme loses its name (schema); moments that name it are not reported as unknown.
      t['programmes.yaml'] = t['programmes.yaml']!.replace(/^(- id: [a-z-]+\n(?:.*\n)*?) {2}name_nl: .*\n/m, '$1');
      t['moments.yaml'] = t['moments.yaml']!.replace(/^ {2}countries: \[TUN\]$/m, '  countries: [XXX]');
    });
    const moments = readTexts(DIR)['moments.yaml']!;
    const tunIndex = moments.split(/^- id: /m).findIndex((b) => /countries: \[TUN\]/.test(b)) - 1;
    expect(errors.map((e) => `${e.file} ${e.path} ${e.code}`)).toEqual([
      'data/2023/programmes.yaml [0].name_nl schema',
      `data/2023/moments.yaml [${tunIndex}].countries[0] unknown-iso3`,
    ]);
  });
});
