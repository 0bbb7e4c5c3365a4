import { describe, expect, it } from '@jest/globals';
import { renderChaosResult, runChaos } from '../scripts/chaos/chaos-run.js';

// A reduced `npm run chaos`: real service processes, a broker of its own, kills and dropped connections.
describe('chaos: reports and corrections while services, the broker and database connections fail', () => {
  it('loses nothing, duplicates nothing and leaves nothing stuck', async () => {
    const result = await runChaos({ seed: 7, reports: 60, faults: 7, say: () => undefined });
    process.stdout.write(renderChaosResult(result));
    // Two of each kind: reporting and notifications killed, the broker killed twice, connections dropped twice;
    // and once notifications killed while the mail sink held a message it had stored.
    expect(result.faults.map((fault) => fault.service ?? fault.kind).sort()).toEqual([
      'drop-connections',
      'drop-connections',
      'kill-broker',
      'kill-broker',
      'kill-notifications-at-mail',
      'notifications',
      'reporting',
    ]);
    expect(result.reportsAccepted).toBe(60);
    expect(result.verdict).toEqual({ lost: 0, duplicated: 0, stuck: 0, failures: [] });
    // The run did exercise the pipeline: status changes announced, and one e-mail per period summary worth a signal.
    expect(result.announcements.distinctEvents).toBeGreaterThan(0);
    expect(result.announcements.signalling.length).toBeGreaterThan(0);
    // One e-mail per signal, and per award (before the reports).
    expect(result.awards).toBeGreaterThan(0);
    expect(result.mail.distinctMessageIds).toBe(result.announcements.signalling.length + result.awards);
    // The kill hit the window, and left a claim that was resent, with the same Message-ID, once it timed out.
    expect(result.faults.find((fault) => fault.kind === 'kill-notifications-at-mail')?.inWindow).toBe(true);
    expect(result.mail.resent).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
