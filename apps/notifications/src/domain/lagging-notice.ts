import type { IndicatorStatus } from '#contracts';

/** Only a change INTO lagging warrants a message; staying lagging, or recovering, does not. */
export const isNewlyLagging = (previous: IndicatorStatus, status: IndicatorStatus): boolean =>
  status === 'lagging' && previous !== 'lagging';

export interface LaggingNoticeFacts {
  governmentName: string;
  indicatorCode: string;
  indicatorUnit: string;
  actionName: string;
  periodCode: string;
  achieved: number | null;
  target: number;
  expected: number;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

const formatNumber = (value: number): string => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 }).format(value);

const PERIOD_NAMES: Record<string, string> = { INTERIM: 'tussentijdse rapportering', ANNUAL: 'jaarrapportering' };

const describePeriod = (periodCode: string): string => {
  const [year, kind] = periodCode.split('-');
  return `${PERIOD_NAMES[kind ?? ''] ?? periodCode} van projectjaar ${year?.replace('PJ', '') ?? ''}`;
};

/** The Dutch message a local government receives when an indicator falls behind. */
export const renderLaggingNotice = (facts: LaggingNoticeFacts): RenderedMessage => {
  const achieved =
    facts.achieved === null ? 'nog geen resultaat (nulrapportering)' : `${formatNumber(facts.achieved)} (${facts.indicatorUnit})`;
  return {
    subject: `Plan Samenleven: ${facts.indicatorCode} blijft achter op schema`,
    text: [
      `Beste collega van ${facts.governmentName},`,
      '',
      `Bij de ${describePeriod(facts.periodCode)} blijft uw resultaat voor indicator ${facts.indicatorCode} ` +
        'achter op wat tegen het einde van die periode verwacht werd.',
      '',
      `Actie: ${facts.actionName}`,
      `Behaald: ${achieved}`,
      `Verwacht tegen het einde van de periode: ${formatNumber(facts.expected)}`,
      `Doelstelling voor het projectjaar: ${formatNumber(facts.target)}`,
      '',
      'Wat vragen we van u? Licht in uw rapportering toe waarom het resultaat achterblijft en hoe u de doelstelling nog wilt halen.',
      'De doelstellingen moeten over de drie projectjaren bereikt worden; een niet gemotiveerde achterstand kan tot terugvordering leiden.',
      '',
      'Met vriendelijke groeten,',
      'Agentschap Binnenlands Bestuur – Plan Samenleven',
    ].join('\n'),
  };
};
