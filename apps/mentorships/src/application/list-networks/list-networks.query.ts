export interface ListNetworksQuery {
  /** Only these networks (a mentor's); left out: every network (ABB). */
  networkIds?: readonly string[];
}
