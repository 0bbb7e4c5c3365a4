import { describe, expect, it } from '@jest/globals';
import { initialFiles } from './web-bundle-size.js';

describe('the initial bundle of the web front-end', () => {
  it('counts the entry, what it imports statically and their CSS, not the chunks loaded later', () => {
    expect(
      initialFiles({
        'index.html': { file: 'assets/index-a.js', css: ['assets/index-a.css'], imports: ['_vendor'], isEntry: true },
        _vendor: { file: 'assets/vendor-b.js', imports: ['index.html'] },
        'src/components/bar-chart.tsx': { file: 'assets/bar-chart-c.js', imports: ['_vendor'] },
      }),
    ).toEqual(['assets/index-a.js', 'assets/index-a.css', 'assets/vendor-b.js']);
  });
});
