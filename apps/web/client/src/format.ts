/** Numbers and percentages the Flemish way: 1.234,5 and 45 %. */
const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : number.format(value);

export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${number.format(value)} %`;

const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** Money is integer cents everywhere; on screen it is € 1.234,56. */
export const formatEuro = (cents: number | null | undefined): string =>
  cents === null || cents === undefined ? '–' : euro.format(cents / 100);

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
const date = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: 'Europe/Brussels' });

export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '–');
export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : '–');
