const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** Cents as the Flemish write euros: € 1.234,50. */
export const formatEuro = (cents: number | null | undefined): string =>
  cents === null || cents === undefined ? '–' : euro.format(cents / 100);

/** What an officer types (1.234,50 or 1234.5 or 1234) as whole cents; undefined when it is no amount of 0 or more. */
export const parseEuro = (text: string): number | undefined => {
  const cleaned = text.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned) ?? /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const whole = Number(match[1]!.replace(/\./g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const total = whole * 100 + cents;
  return Number.isSafeInteger(total) ? total : undefined;
};
