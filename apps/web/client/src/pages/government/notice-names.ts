import type { TemplateKind } from '../abb/template-kinds';

/** The kinds of message as an officer reads them (every kind notifications knows: the compiler checks). */
export const NOTICE_NAMES: Record<string, string> = {
  lagging: 'Achterstand op een indicator',
  'at-risk': 'Risico op een indicator',
  reminder: 'Herinnering aan een rapport',
  overdue: 'Rapport te laat',
  'report-accepted': 'Rapport goedgekeurd',
  'report-changes-requested': 'Aanpassing van een rapport gevraagd',
  'abb-digest': 'Overzicht voor ABB',
  'subsidy-awarded': 'Subsidie toegekend',
  'payment-released': 'Betaling uitgevoerd',
  'cofinancing-shortfall': 'Tekort aan cofinanciering',
  'recovery-proposed': 'Terugvordering voorgesteld',
  'recovery-confirmed': 'Terugvordering bevestigd',
  'network-invitation': 'Uitnodiging voor een lerend netwerk',
  'session-planned': 'Sessie gepland',
  'session-changed': 'Sessie gewijzigd',
  'session-cancelled': 'Sessie geannuleerd',
  'attendance-confirmed': 'Aanwezigheid bevestigd',
  'network-behind': 'Netwerk achter op het minimum aantal sessies',
} satisfies Record<TemplateKind, string>;

export const CHANNEL_NAMES: Record<string, string> = { email: 'E-mail', inbox: 'Berichten in de toepassing' };
