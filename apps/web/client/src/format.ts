/** Numbers and percentages the Flemish way: 1.234,5 and 45 %. */
const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : number.format(value);

export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${number.format(value)} %`;
