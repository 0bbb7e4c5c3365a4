import { DEFAULT_LAGGING_TOLERANCE } from '../../domain/target-check.js';

/** How the target check is configured: LAGGING_TOLERANCE (the service configuration). */
export class TargetCheckSettings {
  constructor(readonly laggingTolerance: number = DEFAULT_LAGGING_TOLERANCE) {}
}
