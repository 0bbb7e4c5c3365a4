import { Conflict, RuleViolation } from '#domain';

/** How ABB asks to move the programme clock: to a programme date, or forward by a span (`30d`, `12h`, `2w`). */
export interface ClockMoveRequest {
  to?: string;
  forwardBy?: string;
}

const SPAN = /^(\d{1,5})([mhdw])$/;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** A span such as `30d` in milliseconds; undefined for anything else (including zero). */
export const spanMs = (span: string): number | undefined => {
  const match = SPAN.exec(span);
  if (match === null) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2]!]!;
  return ms > 0 ? ms : undefined;
};

/**
 * The programme time a move lands on. Exactly one of `to` (a date means its start, 00:00 UTC) and `forwardBy`;
 * the clock only moves forward, so a target at or before the programme time now is a conflict with the clock.
 */
export const clockMoveTarget = (request: ClockMoveRequest, now: Date): Date => {
  const given = [request.to, request.forwardBy].filter((value) => value !== undefined).length;
  if (given !== 1) throw RuleViolation.at('to', 'give either to (a programme date) or forwardBy (a span such as 30d), not both or neither');
  let target: Date;
  if (request.to !== undefined) {
    target = new Date(request.to);
    if (!/^\d{4}-\d{2}-\d{2}/.test(request.to) || Number.isNaN(target.getTime()))
      throw RuleViolation.at('to', `${request.to} is not an ISO 8601 date or date-time`);
  } else {
    const ms = spanMs(request.forwardBy!);
    if (ms === undefined) throw RuleViolation.at('forwardBy', `${request.forwardBy} is not a span such as 30d, 12h, 2w or 90m`);
    target = new Date(now.getTime() + ms);
  }
  if (target.getTime() <= now.getTime())
    throw new Conflict(`to: the programme clock stands at ${now.toISOString()} and only moves forward, not to ${target.toISOString()}`);
  return target;
};
