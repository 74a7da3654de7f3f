/**
 * A memoised function of a string, bounded: the table is emptied when it reaches `limit` entries, so
 * per-query derivations (skeleton variants, vowel gaps) stay cheap without growing in a long-running
 * server.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    if (table.has(key)) return table.get(key)!;
    const v = compute(key);
    if (table.size >= limit) table.clear();
    table.set(key, v);
    return v;
  };
}
