/** Euro cents in a euro. */
export const CENTS_PER_EURO = 100;

/** Dutch grouping of a whole number: 1.234.567. Written out so the text does not depend on the server's ICU data. */
export const formatCount = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Euro cents as ABB reads them in Dutch text: 1000000 -> 'EUR 10.000,00'. Exact: the cents are never divided as a float. */
export const formatEuro = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(cents) / CENTS_PER_EURO);
  const rest = Math.abs(cents) % CENTS_PER_EURO;
  return `${sign}EUR ${formatCount(whole)},${String(rest).padStart(2, '0')}`;
};
