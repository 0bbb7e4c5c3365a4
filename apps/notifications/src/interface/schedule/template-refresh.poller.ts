import { IntervalPoller } from '#platform';
import type { TemplateStore } from '../../infrastructure/template-store.js';

/** How soon a template change made on another instance is in force here. */
export const TEMPLATE_REFRESH_MS = 5_000;

/** Takes over template changes made through another instance of the service. */
export class TemplateRefreshPoller extends IntervalPoller {
  constructor(
    private readonly store: TemplateStore,
    intervalMs: number = TEMPLATE_REFRESH_MS,
  ) {
    super('TemplateRefreshPoller', 'reading the template changes', intervalMs);
  }

  protected async round(): Promise<string | null> {
    return (await this.store.refresh()) ? 'message templates changed by ABB are now in force' : null;
  }
}
