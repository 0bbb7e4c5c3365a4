import { describe, expect, it } from '@jest/globals';
import { paymentReleasedV1, recoveryDecidedV1, recoveryProposedV1 } from '#contracts';
import { DEFAULT_TEMPLATES_DIR, readTemplateSources } from './notice-templates.js';
import { compileTemplates } from '../domain/notice-rendering.js';
import { formatEuro, moneyNoticeContext } from '../domain/money-notice-context.js';

const render = compileTemplates(readTemplateSources(DEFAULT_TEMPLATES_DIR));

describe('messages about the money', () => {
  it('writes euro cents exactly in Dutch', () => {
    expect(formatEuro(338_956_600)).toBe('EUR 3.389.566,00');
    expect(formatEuro(5)).toBe('EUR 0,05');
    expect(formatEuro(-123_456)).toBe('-EUR 1.234,56');
  });

  it('tells a government what was paid, to which IBAN, and what is still to come', () => {
    const message = render(
      'payment-released',
      moneyNoticeContext({ kind: 'payment-released', payment: paymentReleasedV1.example }, 'Stad Gent'),
    );
    expect(message.subject).toBe('Plan Samenleven: EUR 50.000,00 uitbetaald (voorschot, projectjaar 1)');
    expect(message.text).toContain('BE68 5390 0754 7034');
    expect(message.text).toContain('Het saldo van EUR 50.000,00 volgt');
  });

  it('explains a proposed recovery with the figures it comes from', () => {
    const message = render(
      'recovery-proposed',
      moneyNoticeContext({ kind: 'recovery-proposed', recovery: recoveryProposedV1.example }, 'Stad Gent'),
    );
    expect(message.text).toContain('u bereikte 1.400 van de 2.000 beoogde, dus 900 van de 1.500 extra goedgekeurde');
    expect(message.text).toContain('EUR 36.000,00');
    expect(message.text).not.toContain('Volgens de regel');
  });

  it('names a confirmed lower amount and the reason ABB gives', () => {
    const message = render(
      'recovery-confirmed',
      moneyNoticeContext({ kind: 'recovery-confirmed', decision: recoveryDecidedV1.example }, 'Stad Gent'),
    );
    expect(message.subject).toBe('Plan Samenleven: terugvordering van EUR 30.000,00 voor A05 (projectjaar 1)');
    expect(message.text).toContain('minder dan de voorgestelde EUR 36.000,00');
    expect(message.html).toContain('Toelichting van ABB: Een deel van de uitval is te wijten aan de verbouwing.');
  });
});
