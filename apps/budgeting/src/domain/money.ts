const wholeEuro = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0, useGrouping: true });

/** Euro cents as ABB reads them in Dutch text: 1000000 -> 'EUR 10.000,00'. Exact: the cents are never divided as a float. */
export const formatEuro = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  return `${sign}EUR ${wholeEuro.format(whole)},${String(rest).padStart(2, '0')}`;
};
