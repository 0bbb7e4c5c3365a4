export interface ClaimedRow {
  position: string;
  key: string;
}

/**
 * Of the rows this relay has locked, those it may publish now: a row goes only if every older
 * unpublished row with the same key is also in hand. A row locked by another relay (skipped by
 * SKIP LOCKED) blocks the younger rows of its key, so no event overtakes an older one of its key.
 * `unpublished` lists the unpublished (key, position) pairs of the claimed keys up to the newest claimed position.
 */
export const selectPublishable = <R extends ClaimedRow>(claimed: readonly R[], unpublished: readonly ClaimedRow[]): R[] => {
  const claimedPositions = new Set(claimed.map((row) => BigInt(row.position)));
  const blockedFrom = new Map<string, bigint>();
  for (const row of unpublished) {
    const position = BigInt(row.position);
    if (claimedPositions.has(position)) continue;
    const current = blockedFrom.get(row.key);
    if (current === undefined || position < current) blockedFrom.set(row.key, position);
  }
  return [...claimed]
    .sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1))
    .filter((row) => {
      const blocker = blockedFrom.get(row.key);
      return blocker === undefined || BigInt(row.position) < blocker;
    });
};
