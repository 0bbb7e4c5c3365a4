import { describe, expect, it } from '@jest/globals';
import { isNewlyLagging, renderLaggingNotice } from './lagging-notice.js';

describe('isNewlyLagging', () => {
  it('is true only for a change into lagging', () => {
    expect(isNewlyLagging('not-reported', 'lagging')).toBe(true);
    expect(isNewlyLagging('on-track', 'lagging')).toBe(true);
    expect(isNewlyLagging('lagging', 'lagging')).toBe(false);
    expect(isNewlyLagging('lagging', 'at-risk')).toBe(false);
  });
});

describe('renderLaggingNotice', () => {
  const facts = {
    governmentName: 'Stad Gent',
    indicatorCode: 'A05',
    indicatorUnit: 'volwassen anderstalige die deelneemt aan een oefenkans',
    actionName: 'Oefenkansen Nederlands organiseren',
    periodCode: 'PJ1-INTERIM',
    achieved: 600,
    target: 2000,
    expected: 997.26,
  };

  it('tells the government in Dutch what is behind, by how much and what to do', () => {
    const message = renderLaggingNotice(facts);
    expect(message.subject).toBe('Plan Samenleven: A05 blijft achter op schema');
    expect(message.text).toContain('Beste collega van Stad Gent');
    expect(message.text).toContain('tussentijdse rapportering van projectjaar 1');
    expect(message.text).toContain('Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)');
    expect(message.text).toContain('Verwacht tegen het einde van de periode: 997');
    expect(message.text).toContain('Doelstelling voor het projectjaar: 2.000');
  });

  it('says so when the report was a deliberate nil', () => {
    expect(renderLaggingNotice({ ...facts, achieved: null }).text).toContain('nog geen resultaat (nulrapportering)');
  });
});
