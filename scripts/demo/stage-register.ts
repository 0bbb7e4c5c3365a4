import type { DemoClient } from './demo-client.js';
import type { DemoPlan, RegisterEntry } from './demo-plan.js';

interface GovernmentView extends RegisterEntry {
  nonEuOriginInhabitants: number | null;
  contacts?: { email: string }[];
}

interface GroupView {
  groupCode: string;
  name: string;
}

/** The register as ABB sees it (GET /governments), for the plan. */
export const readRegister = async (demo: DemoClient): Promise<GovernmentView[]> =>
  demo.get<GovernmentView[]>('applications', '/governments');

/**
 * ABB records what the shipped register lacks for the demo's governments: the (demo) count of inhabitants of
 * non-EU origin and a contact person, whose address the mail sink shows. A government that has them already is left
 * alone, so a second start writes nothing. Returns the group codes by group name.
 */
export const prepareRegister = async (demo: DemoClient, plan: DemoPlan, register: GovernmentView[]): Promise<Map<string, string>> => {
  const abb = await demo.abb();
  const known = new Map(register.map((entry) => [entry.code, entry]));
  let changed = 0;
  await demo.forEach(plan.governments, async (government) => {
    const entry = known.get(government.code);
    const hasContact = entry?.contacts?.some((contact) => contact.email === government.email) ?? false;
    const countKnown = government.nonEuOriginInhabitants === null || entry?.nonEuOriginInhabitants === government.nonEuOriginInhabitants;
    if (hasContact && countKnown) return;
    await demo.call('applications', 'PATCH', `/governments/${government.code}`, abb, {
      ...(government.nonEuOriginInhabitants === null ? {} : { nonEuOriginInhabitants: government.nonEuOriginInhabitants }),
      contacts: [{ name: `Dienst Samenleven ${government.name}`, email: government.email, phone: null, role: 'primary' }],
    });
    changed++;
  });
  const groups = await demo.get<GroupView[]>('applications', '/groups?projectYear=1');
  const codes = new Map(groups.map((group) => [group.name, group.groupCode]));
  for (const group of plan.groups) {
    if (codes.has(group.name)) continue;
    const formed = await demo.call<GroupView>('applications', 'POST', '/groups', abb, { projectYear: 1, ...group }, [201]);
    codes.set(group.name, formed.body.groupCode);
    changed++;
  }
  demo.say(
    changed === 0
      ? 'register: the demo governments and groups are recorded already'
      : `register: ${plan.governments.length} governments with a contact and a demo count of inhabitants of non-EU origin, ` +
          `${plan.groups.length} group${plan.groups.length === 1 ? '' : 's'} with a lead`,
  );
  return codes;
};
