import type { components } from '../../api/generated/notifications';

export type TemplateKind = components['schemas']['TemplateResponse']['kind'];

/** Every kind of message with its Dutch name; small, so the router can check ?soort= without loading the page. */
export const KIND_NAMES: Record<TemplateKind, string> = {
  lagging: 'Achterstand',
  'at-risk': 'Risico',
  reminder: 'Herinnering rapportering',
  overdue: 'Rapport te laat',
  'report-accepted': 'Rapport aanvaard',
  'report-changes-requested': 'Aanpassingen gevraagd',
  'abb-digest': 'Dagelijks overzicht ABB',
  'subsidy-awarded': 'Subsidie toegekend',
  'payment-released': 'Betaling uitgevoerd',
  'cofinancing-shortfall': 'Tekort cofinanciering',
  'recovery-proposed': 'Voorstel tot terugvordering',
  'recovery-confirmed': 'Terugvordering bevestigd',
  'network-invitation': 'Uitnodiging lerend netwerk',
  'session-planned': 'Sessie gepland',
  'session-changed': 'Sessie gewijzigd',
  'session-cancelled': 'Sessie geannuleerd',
  'attendance-confirmed': 'Aanwezigheid bevestigd',
  'network-behind': 'Netwerk loopt achter',
};

export const TEMPLATE_KINDS = Object.keys(KIND_NAMES) as TemplateKind[];
