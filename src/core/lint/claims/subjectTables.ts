// One SubjectTable per distinct "aliases" setting, made once: lint runs on every pause in typing, and the index
// recognises a note it already read by the table it was read with (undefined: the built-in names only).

import { SubjectTable, type SubjectAliases } from './subjects';

const tables = new Map<string, SubjectTable>();

export function subjectTableFor(aliases: SubjectAliases | undefined): SubjectTable | undefined {
  if (!aliases || Object.keys(aliases).length === 0) return undefined;
  const key = JSON.stringify(aliases);
  let table = tables.get(key);
  if (!table) {
    if (tables.size >= 50) tables.clear();
    tables.set(key, (table = new SubjectTable(aliases)));
  }
  return table;
}
