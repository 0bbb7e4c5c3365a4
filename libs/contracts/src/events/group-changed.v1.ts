import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GovernmentGroupV1, groupExample } from './group-formed.v1.js';

export class GroupChangedV1 extends GovernmentGroupV1 {}

export const groupChangedV1 = defineEvent({
  type: 'applications.group-changed',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'groupCode',
  producer: 'applications',
  description: "A group's members, lead or name changed: the whole group as it is now.",
  payloadClass: GroupChangedV1,
  example: { ...groupExample, memberCodes: ['41002', '41011'], nonEuOriginInhabitants: 7600 },
});
