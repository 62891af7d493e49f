/** One problem in the data, named precisely enough to fix it by hand. */
export interface DataError {
  /** Path relative to the repository, e.g. data/2023/posts.csv. */
  file: string;
  /** CSV row number as a spreadsheet shows it (header = 1), if any. */
  row?: number;
  /** Path inside a YAML file, e.g. "[3].phases[0].to". */
  path?: string;
  field?: string;
  value?: unknown;
  message: string;
  /** Machine-readable kind, stable for tests: 'schema', 'duplicate-id', ... */
  code: string;
}

export function formatDataError(e: DataError): string {
  const where = [e.file, e.row !== undefined ? `row ${e.row}` : undefined, e.path].filter(Boolean).join(' ');
  const field = e.field ? ` field "${e.field}"` : '';
  const value = e.value === undefined ? '' : ` value ${JSON.stringify(e.value)}`;
  return `${where}:${field}${value}: ${e.message} [${e.code}]`;
}

/** Every error, grouped by file (in the order files first appear), one line each under the file's name. */
export function formatErrorReport(errors: DataError[]): string {
  const byFile = new Map<string, DataError[]>();
  for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return [...byFile]
    .map(([file, list]) =>
      [
        `${file} (${list.length} error${list.length === 1 ? '' : 's'})`,
        ...list.map((e) => `  ${formatDataError(e)}`),
      ].join('\n'),
    )
    .join('\n\n');
}
