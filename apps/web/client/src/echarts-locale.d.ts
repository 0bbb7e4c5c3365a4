// ECharts ships its locales as plain ES modules without types.
declare module 'echarts/lib/i18n/langNL.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  // The module's own shape is a default export.
  // eslint-disable-next-line no-restricted-syntax
  export default locale;
}
