/** Case- and accent-insensitive form for search: "Côte" and "cote" match. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
