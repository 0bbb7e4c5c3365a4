export interface ListNetworksQuery {
  /** Only these networks (a mentor's); left out: every network (ABB). */
  networkIds?: readonly string[];
  /** Only the networks these governments are invited to or members of (a government user's codes). */
  governmentCodes?: readonly string[];
}
