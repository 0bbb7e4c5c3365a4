import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Application } from './application.js';
import type { PricedIndicator } from './catalogue-lookup.js';
import { belgianIbanFor } from './iban.js';
import { submissionProblems, type SubmissionContext } from './submission.js';

const price = (code: string, actionNumber: number, maxPerApplicant: number): PricedIndicator => ({
  code,
  actionNumber,
  objectiveNumber: 1,
  unit: 'deelnemers',
  eurPerKpi: 60,
  maxPerApplicant,
});
const priced = new Map([
  ['A05', price('A05', 5, 1500)],
  ['A06', price('A06', 6, 100)],
  ['A07', price('A07', 7, 50)],
]);
const KNOWN = new Set(['A05', 'A06', 'A07', 'A23', 'A01']);

const draft = (changes: Partial<Application> = {}): Application => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
  projectYear: 1,
  governmentCode: '44021',
  groupCode: null,
  memberCodes: ['44021'],
  catalogueVersion: 'v1',
  status: 'draft',
  lines: [
    { indicatorCode: 'A05', currentReach: 500, additionalReach: 1000, priority: 1 },
    { indicatorCode: 'A06', currentReach: 10, additionalReach: 40, priority: 2 },
    { indicatorCode: 'A07', currentReach: 0, additionalReach: 0, priority: null },
  ],
  stimuli: { mentorships: [{ actionNumber: 5, motivation: 'Tien jaar ervaring' }], cooperation: null, socialImpactBond: null },
  contacts: [{ name: 'Dienst Samenleven', email: 'samenleven@gent.example', phone: null, role: 'primary' }],
  iban: belgianIbanFor('0910000000'),
  createdAt: new Date('2022-06-02T00:00:00Z'),
  updatedAt: new Date('2022-06-02T00:00:00Z'),
  submittedAt: null,
  ...changes,
});

const context = (changes: Partial<SubmissionContext> = {}): SubmissionContext => ({
  now: new Date('2022-06-15T00:00:00Z'),
  call: {
    status: 'open',
    opensAt: new Date('2022-06-01T00:00:00Z'),
    closesAt: new Date('2022-07-15T22:00:00Z'),
    projectYear: 1,
    onlyEarlierParticipants: false,
  },
  priced,
  isKnownIndicator: (code) => KNOWN.has(code),
  eligibility: { eligible: true },
  groupOfLoneApplicant: null,
  otherSubmissions: [],
  earlierParticipant: null,
  cooperation: null,
  ...changes,
});

const fields = (application: Application, changes: Partial<SubmissionContext> = {}): string[] =>
  submissionProblems(application, context(changes)).map((problem) => problem.field);

const withLine = (index: number, change: Partial<Application['lines'][number]>): Application['lines'] =>
  draft().lines.map((line, at) => (at === index ? { ...line, ...change } : line));

describe('submitting an application: every rule, every problem named by its field', () => {
  it('a complete, valid draft has no problem', () => {
    expect(submissionProblems(draft(), context())).toEqual([]);
  });

  it('an unknown indicator, and one the project year does not subsidise, are told apart', () => {
    const problems = submissionProblems(
      draft({
        lines: [
          ...draft().lines,
          { indicatorCode: 'A99', currentReach: 0, additionalReach: 0, priority: null },
          { indicatorCode: 'A23', currentReach: 0, additionalReach: 0, priority: null },
        ],
      }),
      context(),
    );
    expect(problems).toEqual([
      { field: 'lines[3].indicatorCode', problem: 'A99 is not an indicator of the catalogue' },
      { field: 'lines[4].indicatorCode', problem: 'A23 is not subsidised in project year 1' },
    ]);
  });

  it('a second line for the same indicator is named', () => {
    expect(
      fields(draft({ lines: [...draft().lines, { indicatorCode: 'A05', currentReach: 0, additionalReach: 0, priority: null }] })),
    ).toEqual(['lines[3].indicatorCode']);
  });

  it('additional reach must be a whole number from 0 to the cap, and present', () => {
    expect(fields(draft({ lines: withLine(1, { additionalReach: 101 }) }))).toEqual(['lines[1].additionalReach']);
    expect(submissionProblems(draft({ lines: withLine(1, { additionalReach: 101 }) }), context())[0]!.problem).toContain('from 0 to 100');
    expect(fields(draft({ lines: withLine(1, { additionalReach: 2.5 }) }))).toEqual(['lines[1].additionalReach']);
    expect(fields(draft({ lines: withLine(2, { additionalReach: -1 }) }))).toEqual(['lines[2].additionalReach']);
    expect(fields(draft({ lines: withLine(2, { additionalReach: null }) }))).toEqual(['lines[2].additionalReach']);
    expect(fields(draft({ lines: withLine(0, { additionalReach: 1500 }) }))).toEqual([]);
  });

  it('current reach must be a whole number >= 0', () => {
    expect(fields(draft({ lines: withLine(0, { currentReach: null }) }))).toEqual(['lines[0].currentReach']);
    expect(fields(draft({ lines: withLine(0, { currentReach: -3 }) }))).toEqual(['lines[0].currentReach']);
  });

  it('priorities are distinct, 1..n over the lines with additional reach > 0', () => {
    expect(fields(draft({ lines: withLine(1, { priority: 1 }) }))).toEqual(['lines[1].priority']);
    expect(submissionProblems(draft({ lines: withLine(1, { priority: 1 }) }), context())[0]!.problem).toBe(
      'priority 1 is already given to lines[0]; priorities are distinct',
    );
    expect(fields(draft({ lines: withLine(1, { priority: 3 }) }))).toEqual(['lines[1].priority']);
    expect(fields(draft({ lines: withLine(1, { priority: null }) }))).toEqual(['lines[1].priority']);
    // A line without additional reach needs no priority and takes no rank.
    expect(fields(draft({ lines: withLine(2, { priority: 7 }) }))).toEqual([]);
  });

  it('priorities: exactly the permutations of 1..n pass', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1, max: 5 })), { minLength: 1, maxLength: 3 }), (priorities) => {
        const codes = ['A05', 'A06', 'A07'];
        const lines = priorities.map((priority, index) => ({
          indicatorCode: codes[index]!,
          currentReach: 0,
          additionalReach: 10,
          priority,
        }));
        const n = priorities.length;
        const isPermutation = [...priorities].sort().every((priority, index) => priority === index + 1) && n > 0;
        const priorityFields = fields(draft({ lines, stimuli: { mentorships: [], cooperation: null, socialImpactBond: null } })).filter(
          (field) => field.endsWith('.priority'),
        );
        expect(priorityFields.length === 0).toBe(isPermutation);
      }),
    );
  });

  it('at least one line above 0, and at least one line', () => {
    const nothing = draft().lines.map((line) => ({ ...line, additionalReach: 0, priority: null }));
    expect(fields(draft({ lines: nothing }))).toEqual(['lines', 'stimuli.mentorships[0].actionNumber']);
    expect(fields(draft({ lines: [], stimuli: { mentorships: [], cooperation: null, socialImpactBond: null } }))).toEqual(['lines']);
  });

  it('a mentorship only on an action applied for, once, with a motivation', () => {
    const stimuli = (mentorships: Application['stimuli']['mentorships']) => ({ mentorships, cooperation: null, socialImpactBond: null });
    expect(fields(draft({ stimuli: stimuli([{ actionNumber: 7, motivation: 'x' }]) }))).toEqual(['stimuli.mentorships[0].actionNumber']);
    expect(fields(draft({ stimuli: stimuli([{ actionNumber: 5, motivation: '  ' }]) }))).toEqual(['stimuli.mentorships[0].motivation']);
    expect(
      fields(
        draft({
          stimuli: stimuli([
            { actionNumber: 5, motivation: 'x' },
            { actionNumber: 5, motivation: 'y' },
          ]),
        }),
      ),
    ).toEqual(['stimuli.mentorships[1].actionNumber']);
  });

  it('a cooperation with another, smaller registered government, with a motivation; a social impact bond with a text', () => {
    const withCooperation = (partnerCode: string, motivation: string) =>
      draft({ stimuli: { mentorships: [], cooperation: { partnerCode, motivation }, socialImpactBond: null } });
    const sizes = (partnerInhabitants: number | null, applicantInhabitants: number | null = 262_219) => ({
      cooperation: { partner: { name: 'Melle', inhabitants: partnerInhabitants }, applicantInhabitants },
    });
    expect(fields(withCooperation('44083', 'klein'), sizes(11_600))).toEqual([]);
    expect(fields(withCooperation('44083', 'klein'), { cooperation: { partner: undefined, applicantInhabitants: 262_219 } })).toEqual([
      'stimuli.cooperation.partnerCode',
    ]);
    expect(fields(withCooperation('44021', ''), sizes(11_600))).toEqual([
      'stimuli.cooperation.partnerCode',
      'stimuli.cooperation.motivation',
    ]);
    // A partner that is not smaller is refused, saying both sizes; a size the register does not know is not held against it.
    const larger = submissionProblems(withCooperation('44083', 'klein'), context(sizes(300_000)));
    expect(larger).toEqual([
      {
        field: 'stimuli.cooperation.partnerCode',
        problem: 'the cooperation partner must be a smaller government: Melle (44083) has 300000 inhabitants, the applicant 262219',
      },
    ]);
    expect(fields(withCooperation('44083', 'klein'), sizes(262_219))).toEqual(['stimuli.cooperation.partnerCode']);
    expect(fields(withCooperation('44083', 'klein'), sizes(null))).toEqual([]);
    expect(fields(withCooperation('44083', 'klein'), sizes(300_000, null))).toEqual([]);
    expect(fields(draft({ stimuli: { mentorships: [], cooperation: null, socialImpactBond: { intended: true, text: '' } } }))).toEqual([
      'stimuli.socialImpactBond.text',
    ]);
  });

  it('a missing or invalid IBAN, and no contact person', () => {
    expect(fields(draft({ iban: null, contacts: [] }))).toEqual(['iban', 'contacts']);
    expect(submissionProblems(draft({ iban: 'BE68539007547035' }), context())).toEqual([
      { field: 'iban', problem: expect.stringMatching(/check digits/) },
    ]);
  });

  it('the call must be open on the programme clock', () => {
    expect(fields(draft(), { now: new Date('2022-05-31T23:59:59Z') })).toEqual(['callId']);
    expect(fields(draft(), { now: new Date('2022-07-15T22:00:00Z') })).toEqual(['callId']);
    expect(fields(draft(), { call: { ...context().call, status: 'closed' } })).toEqual(['callId']);
    expect(fields(draft(), { earlierParticipant: false })).toEqual(['callId']);
    expect(fields(draft(), { earlierParticipant: true })).toEqual([]);
  });

  it('an ineligible applicant, a group member applying alone and a second application for the call', () => {
    expect(submissionProblems(draft(), context({ eligibility: { eligible: false, reason: 'has 12 inhabitants' } }))).toEqual([
      { field: 'governmentCode', problem: 'not eligible: has 12 inhabitants' },
    ]);
    expect(fields(draft(), { groupOfLoneApplicant: 'GROUP-DENDER' })).toEqual(['governmentCode']);
    expect(fields(draft({ groupCode: 'GROUP-DENDER' }), { otherSubmissions: [{ applicationId: 'x', governmentCode: '41011' }] })).toEqual([
      'groupCode',
    ]);
  });

  it('reports every problem at once, in the order of the draft', () => {
    const bad = draft({
      lines: [
        { indicatorCode: 'A01', currentReach: 0, additionalReach: 5, priority: 1 },
        { indicatorCode: 'A05', currentReach: 1, additionalReach: 2000, priority: 1 },
        { indicatorCode: 'A06', currentReach: 1, additionalReach: 10, priority: null },
      ],
      stimuli: { mentorships: [{ actionNumber: 9, motivation: '' }], cooperation: null, socialImpactBond: null },
      iban: 'BE00',
      contacts: [],
    });
    expect(fields(bad, { now: new Date('2023-01-01T00:00:00Z') })).toEqual([
      'callId',
      'lines[0].indicatorCode',
      'lines[1].additionalReach',
      'lines[1].priority',
      'lines[2].priority',
      'stimuli.mentorships[0].actionNumber',
      'stimuli.mentorships[0].motivation',
      'iban',
      'contacts',
    ]);
  });
});
