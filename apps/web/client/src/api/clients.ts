import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ApplicationsPaths } from './generated/applications';
import type { paths as BudgetingPaths } from './generated/budgeting';
import type { paths as MentorshipsPaths } from './generated/mentorships';
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
export const mentorships = serviceClient<MentorshipsPaths>('mentorships');
export const notifications = serviceClient<NotificationsPaths>('notifications');

/** One field a service refused, as its problem document names it (e.g. results[0].motivation, Rapportering!D7). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** A refused or failed call, with the service's problem document when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(detail);
  }
}

const problemsOf = (error: unknown): FieldProblem[] =>
  typeof error === 'object' && error !== null && 'problems' in error && Array.isArray(error.problems)
    ? error.problems.filter(
        (problem): problem is FieldProblem =>
          typeof problem === 'object' && problem !== null && typeof problem.field === 'string' && typeof problem.problem === 'string',
      )
    : [];

/** The data of a call, or an ApiError TanStack Query shows as the page's error state. */
export const dataOf = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  const { data, error, response } = await call;
  if (data !== undefined) return data;
  const detail = typeof error === 'object' && error !== null && 'detail' in error ? String(error.detail) : response.statusText;
  throw new ApiError(response.status, detail, problemsOf(error));
};

/** A call that answers nothing worth reading (204, or a body the page does not need): resolves once the service said yes. */
export const doneOf = async (call: Promise<{ error?: unknown; response: Response }>): Promise<void> => {
  const { error, response } = await call;
  if (response.ok) return;
  const detail = typeof error === 'object' && error !== null && 'detail' in error ? String(error.detail) : response.statusText;
  throw new ApiError(response.status, detail, problemsOf(error));
};
