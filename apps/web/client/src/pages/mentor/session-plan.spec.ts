import { describe, expect, it } from '@jest/globals';
import { emptySessionForm, sessionFormErrors, sessionPlan } from './session-plan';

describe("the mentor's session form", () => {
  const valid = { ...emptySessionForm('2022-10-03T09:00', '2022-10-03T12:00'), title: 'Startsessie', place: 'Stadhuis Mechelen' };

  it('accepts a complete plan and sends what mentorships expects', () => {
    expect(sessionFormErrors(valid)).toEqual({});
    expect(sessionPlan({ ...valid, materials: 'https://a.example/x  https://b.example/y' })).toMatchObject({
      title: 'Startsessie',
      place: 'Stadhuis Mechelen',
      onlineLink: null,
      capacity: 20,
      materials: ['https://a.example/x', 'https://b.example/y'],
      startsAt: new Date('2022-10-03T09:00').toISOString(),
    });
  });

  it('names every problem: no title, end before start, no place nor link, a bad link, capacity below registrations', () => {
    expect(sessionFormErrors({ ...valid, title: ' ', endsAt: '2022-10-03T08:00', place: '', capacity: '0' })).toEqual({
      title: 'Geef de sessie een titel.',
      endsAt: 'Het einde ligt na het begin.',
      place: 'Geef een plaats, een onlinelink of allebei.',
      capacity: 'Vul een geheel aantal plaatsen van minstens 1 in.',
    });
    expect(sessionFormErrors({ ...valid, onlineLink: 'http://x' }).onlineLink).toBe('Een onlinelink begint met https://.');
    expect(sessionFormErrors({ ...valid, capacity: '3' }, 5).capacity).toBe('Er zijn al 5 inschrijvingen; minder plaatsen kan niet.');
    expect(sessionFormErrors({ ...valid, startsAt: '' }).startsAt).toBe('Kies een begindatum en -uur.');
  });
});
