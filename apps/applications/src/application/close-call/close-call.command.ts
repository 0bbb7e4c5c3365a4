export interface CloseCallCommand {
  callId: string;
  /** 'abb': an ABB user closes it now; 'closing-date': the programme clock passed closesAt. */
  closedBy: 'abb' | 'closing-date';
}
