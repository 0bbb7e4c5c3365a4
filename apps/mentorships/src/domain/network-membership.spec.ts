import { describe, expect, it } from '@jest/globals';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { accept, addByAbb, decline, invite, leave, memberCodesOf, removeByAbb, type Membership } from './network-membership.js';

const network = { id: 'network-12025-A22-PJ1', mentorCode: '12025' };
const at = new Date('2023-02-01T09:00:00Z');
const later = new Date('2023-03-01T09:00:00Z');

describe('network membership', () => {
  it('goes from invitation to membership, keeping the status the member joined with', () => {
    const invited = invite(network, null, '44021', at);
    expect(invited).toMatchObject({ state: 'invited', invitedAt: at, joinedAt: null });
    expect(accept(network, invited, '44021', 'lagging', later)).toMatchObject({
      state: 'member',
      invitedAt: at,
      joinedAt: later,
      statusAtJoin: 'lagging',
    });
    expect(decline(network, invited, '44021', later)).toMatchObject({ state: 'declined', endedAt: later });
  });

  it('refuses the mentor as a member, a second invitation and an answer without an open invitation', () => {
    expect(() => invite(network, null, '12025', at)).toThrow(RuleViolation);
    expect(() => addByAbb(network, null, '12025', null, at)).toThrow(RuleViolation);
    const invited = invite(network, null, '44021', at);
    expect(() => invite(network, invited, '44021', at)).toThrow(Conflict);
    const member = accept(network, invited, '44021', null, at);
    expect(() => invite(network, member, '44021', at)).toThrow(Conflict);
    expect(() => accept(network, member, '44021', null, at)).toThrow(NotFound);
    expect(() => decline(network, null, '44021', at)).toThrow(NotFound);
    expect(() => addByAbb(network, member, '44021', null, at)).toThrow(Conflict);
  });

  it('lets a member leave or ABB remove it, and a former member be invited again', () => {
    const member = addByAbb(network, null, '44021', 'at-risk', at);
    expect(member).toMatchObject({ state: 'member', joinedAt: at, statusAtJoin: 'at-risk', invitedAt: null });
    const left = leave(network, member, '44021', later);
    expect(left).toMatchObject({ state: 'left', endedAt: later });
    expect(removeByAbb(network, member, '44021', later)).toMatchObject({ state: 'removed' });
    expect(() => leave(network, left, '44021', later)).toThrow(NotFound);
    expect(() => removeByAbb(network, null, '44021', later)).toThrow(NotFound);
    expect(invite(network, left, '44021', later)).toMatchObject({ state: 'invited', invitedAt: later, joinedAt: null, endedAt: null });
  });

  it('lists the current members once each, in code order', () => {
    const row = (governmentCode: string, state: Membership['state']): Membership => ({
      ...invite(network, null, governmentCode, at),
      state,
    });
    expect(memberCodesOf([row('44021', 'member'), row('11002', 'member'), row('23088', 'invited'), row('46003', 'left')])).toEqual([
      '11002',
      '44021',
    ]);
  });
});
