import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { differences, renderTable, rowsOf } from '../scripts/replay/difference-table.js';
import { generateProgramme } from '../scripts/replay/programme-generator.js';
import { publishedFigures, type FigurePart } from '../scripts/replay/published-figures.js';
import { replayCalendar, runReplay } from '../scripts/replay/replay-run.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

/**
 * The replay on a reduced scale through all five services on the real broker: a published subset of project year 1
 * (action 2's budget, local governments, plans and realised plans, and Oostende's figures: actions, subsidy,
 * co-financing, mentorships and realised values) generated, fed through the HTTP APIs, and read back from the
 * platform's own aggregate and budget endpoints once the pipeline is idle: every difference is 0.
 */
describe('the replay of published figures', () => {
  const parts: FigurePart[] = ['action2', 'oostende'];
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest('replay');
    platform.setProgrammeClock(new Date(replayCalendar(1).clockStart));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('reproduces action 2 and Oostende of project year 1 exactly', async () => {
    const programme = generateProgramme({ projectYear: 1, seed: 11, parts });
    const abb = await platform.issuer.token({ role: 'abb' });
    const figures = await runReplay(programme, {
      urls: platform.urls,
      metricsUrls: Object.values(platform.urls).map((url) => `${url}/metrics`),
      tokens: { abb, government: (code) => platform.issuer.token({ role: 'government', org: code }) },
      progress: () => undefined,
    });
    const rows = rowsOf(publishedFigures(1, parts), figures);
    expect(rows.length).toBeGreaterThan(10);
    expect({ table: renderTable(rows), differences: differences(rows) }).toEqual({ table: renderTable(rows), differences: [] });
  }, 600_000);
});
