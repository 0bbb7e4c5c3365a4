import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotFound, RuleViolation } from '#domain';
import { committedTarget, grantedMentorship, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { AssignMentorHandler } from '../src/application/assign-mentor/assign-mentor.handler.js';
import { ListMentorsHandler } from '../src/application/assign-mentor/list-mentors.handler.js';
import { OpenLearningNetworksHandler } from '../src/application/open-learning-networks/open-learning-networks.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';

describe('mentor users assigned to networks, on a real database', () => {
  let mentorships: UseCasesUnderTest;
  const ABB = { subject: 'abb-officer', role: 'abb', organisationCode: 'OVO002949' } as const;
  const assign = (networkId: string, subject: string, assigned = true) =>
    mentorships.as(ABB, () => mentorships.get(AssignMentorHandler).execute({ networkId, subject, name: 'An Peeters', assigned }));

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_mentors_db' });
    await mentorships.get(OpenLearningNetworksHandler).execute(
      testTargetsCommitted('12025', 1, [committedTarget('A22', { approvedAdditionalReach: 10 })], {
        mentorships: [grantedMentorship(22), grantedMentorship(9)],
      }),
    );
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  it("records ABB's assignments once, lists a user's networks for its token, and ends them", async () => {
    const first = await assign('network-12025-A22-PJ1', 'mentor-mechelen-1');
    expect(first).toMatchObject({ networkId: 'network-12025-A22-PJ1', subject: 'mentor-mechelen-1', name: 'An Peeters' });
    expect(await assign('network-12025-A22-PJ1', 'mentor-mechelen-1')).toEqual(first);
    await assign('network-12025-A09-PJ1', 'mentor-mechelen-1');
    const networks = await mentorships.get(ListMentorsHandler).execute({ subject: 'mentor-mechelen-1' });
    expect(networks.map((row) => row.networkId)).toEqual(['network-12025-A09-PJ1', 'network-12025-A22-PJ1']);
    expect(await assign('network-12025-A09-PJ1', 'mentor-mechelen-1', false)).toBeNull();
    await expect(assign('network-12025-A09-PJ1', 'mentor-mechelen-1', false)).rejects.toThrow(NotFound);
    await expect(assign('network-99999-A01-PJ1', 'mentor-mechelen-1')).rejects.toThrow(NotFound);
    await expect(assign('network-12025-A22-PJ1', 'mentor mechelen')).rejects.toThrow(RuleViolation);
    expect((await mentorships.get(ListMentorsHandler).execute({ networkId: 'network-12025-A22-PJ1' })).length).toBe(1);
    const audit = await mentorships.query<{ action: string; actor_subject: string }>(
      "SELECT action, actor_subject FROM audit_log WHERE object_type = 'network-mentor'",
    );
    expect(audit.map((row) => row.action).sort()).toEqual(['assign-mentor', 'assign-mentor', 'unassign-mentor']);
    expect(new Set(audit.map((row) => row.actor_subject))).toEqual(new Set(['abb-officer']));
  });
});
