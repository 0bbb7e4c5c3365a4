/** A call for applications for one project year, open between two moments of the programme clock. */
export interface Call {
  id: string;
  projectYear: number;
  title: string;
  /** The catalogue version every application of the call is priced under. */
  catalogueVersion: string;
  opensAt: Date;
  closesAt: Date;
  /** Year-3 calls: only governments that took part in an earlier project year may apply. */
  onlyEarlierParticipants: boolean;
  status: 'open' | 'closed';
  closedAt: Date | null;
  closedBy: 'abb' | 'closing-date' | null;
}
