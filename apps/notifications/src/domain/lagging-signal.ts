/**
 * At most one lagging signal per government and period, unless its situation gets worse: an indicator falls behind
 * that was not signalled before, or a signalled lagging indicator becomes at risk (at-risk wins over lagging).
 * What was signalled is kept cumulatively, so an indicator that recovers and falls back again (a correction up,
 * then down) is not signalled a second time in the same period: its government has been told.
 */
export interface BehindSituation {
  lagging: readonly string[];
  atRisk: readonly string[];
}

export const NOTHING_SIGNALLED: BehindSituation = { lagging: [], atRisk: [] };

/** The part of `now` the government has not been told yet; empty lists when nothing is worse. */
export const worsening = (signalled: BehindSituation, now: BehindSituation): BehindSituation => {
  const toldAtRisk = new Set(signalled.atRisk);
  const toldBehind = new Set([...signalled.lagging, ...signalled.atRisk]);
  return {
    lagging: [...new Set(now.lagging)].filter((code) => !toldBehind.has(code)).sort(),
    atRisk: [...new Set(now.atRisk)].filter((code) => !toldAtRisk.has(code)).sort(),
  };
};

export const isWorse = (signalled: BehindSituation, now: BehindSituation): boolean => {
  const added = worsening(signalled, now);
  return added.lagging.length > 0 || added.atRisk.length > 0;
};

/** What the government has been told once `now` is signalled. */
export const afterSignal = (signalled: BehindSituation, now: BehindSituation): BehindSituation => ({
  lagging: [...new Set([...signalled.lagging, ...now.lagging])].sort(),
  atRisk: [...new Set([...signalled.atRisk, ...now.atRisk])].sort(),
});

/** A worse situation with an indicator newly at risk is an at-risk signal; otherwise a lagging one. */
export const signalKind = (added: BehindSituation): 'at-risk' | 'lagging' => (added.atRisk.length > 0 ? 'at-risk' : 'lagging');
