import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ApplicationsPaths } from './generated/applications';
import type { paths as BudgetingPaths } from './generated/budgeting';
import type { paths as NotificationsPaths } from './generated/notifications';
import type { paths as ReportingPaths } from './generated/reporting';
import { currentSession, loginUrl } from './session';

/** Every mutating call carries the session's CSRF token; a 401 means the session ended: sign in again, then come back. */
const session: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method)) request.headers.set('x-csrf-token', currentSession().csrfToken ?? '');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) window.location.assign(loginUrl(window.location.pathname + window.location.search));
    return response;
  },
};

/** The typed client of one service, through the web app's /api/<service> proxy (which adds the bearer token). */
const serviceClient = <Paths extends object>(service: string) => {
  const client = createClient<Paths>({ baseUrl: `${window.location.origin}/api/${service}` });
  client.use(session);
  return client;
};

export const reporting = serviceClient<ReportingPaths>('reporting');
export const applications = serviceClient<ApplicationsPaths>('applications');
export const budgeting = serviceClient<BudgetingPaths>('budgeting');
export const notifications = serviceClient<NotificationsPaths>('notifications');

/** A refused or failed call, with the service's problem document when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

/** The data of a call, or an ApiError TanStack Query shows as the page's error state. */
export const dataOf = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  const { data, error, response } = await call;
  if (data !== undefined) return data;
  const detail = typeof error === 'object' && error !== null && 'detail' in error ? String(error.detail) : response.statusText;
  throw new ApiError(response.status, detail);
};
