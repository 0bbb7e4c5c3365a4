import type { FieldProblem } from '#domain';
import type { Application } from './application.js';
import type { Call } from './call.js';
import type { PricedIndicator } from './catalogue-lookup.js';
import type { Eligibility } from './eligibility.js';
import { belgianIbanProblem } from './iban.js';

/** What a submission is checked against besides the draft itself; the handler gathers it in the submission's unit of work. */
export interface SubmissionContext {
  now: Date;
  call: Pick<Call, 'status' | 'opensAt' | 'closesAt' | 'projectYear' | 'onlyEarlierParticipants'>;
  /** The indicators the call's catalogue version subsidises in its project year. */
  priced: ReadonlyMap<string, PricedIndicator>;
  /** Whether the catalogue knows the code at all (to tell "unknown" from "not subsidised in this year"). */
  isKnownIndicator: (code: string) => boolean;
  eligibility: Eligibility;
  /** The group the applicant is a member of that year while it applies alone; null when it is not. */
  groupOfLoneApplicant: string | null;
  /** Other submitted applications to the same call that cover one of this application's governments. */
  otherSubmissions: { applicationId: string; governmentCode: string }[];
  /** Year-3 calls: whether the applicant had a submitted application in an earlier project year; null when the call is open to all. */
  earlierParticipant: boolean | null;
  /**
   * The cooperation partner as the register knows it (undefined: not registered), and the inhabitants the applicant
   * covers (its members together); null without a cooperation. A count the register does not know is null.
   */
  cooperation: { partner: { name: string; inhabitants: number | null } | undefined; applicantInhabitants: number | null } | null;
}

/** Year-3 calls (catalogue: continuation for earlier participants). */
export const earlierParticipantsOnly = (projectYear: number): string =>
  `this project year ${projectYear} call is open only to governments that submitted an application in an earlier project year`;

const isWholeNumberAtLeast = (value: number | null, minimum: number): value is number =>
  value !== null && Number.isInteger(value) && value >= minimum;

const isBlank = (text: string | undefined | null): boolean => text === undefined || text === null || text.trim() === '';

const callProblems = ({ now, call, earlierParticipant }: SubmissionContext): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (call.status !== 'open') problems.push({ field: 'callId', problem: 'the call is closed: no more submissions' });
  else if (now < call.opensAt) problems.push({ field: 'callId', problem: `the call opens only at ${call.opensAt.toISOString()}` });
  else if (now >= call.closesAt) problems.push({ field: 'callId', problem: `the call closed at ${call.closesAt.toISOString()}` });
  if (earlierParticipant === false)
    problems.push({
      field: 'callId',
      problem: earlierParticipantsOnly(call.projectYear),
    });
  return problems;
};

const applicantProblems = (application: Application, context: SubmissionContext): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const field = application.groupCode === null ? 'governmentCode' : 'groupCode';
  if (!context.eligibility.eligible) problems.push({ field, problem: `not eligible: ${context.eligibility.reason}` });
  if (context.groupOfLoneApplicant !== null)
    problems.push({
      field: 'governmentCode',
      problem:
        `${application.governmentCode} is a member of group ${context.groupOfLoneApplicant} in project year ${application.projectYear}: ` +
        "the group's lead applies for it, not the member alone",
    });
  for (const other of context.otherSubmissions)
    problems.push({
      field,
      problem:
        `a second application for this call: application ${other.applicationId} of ${other.governmentCode} ` +
        'was already submitted for the same government(s)',
    });
  return problems;
};

const lineProblems = (application: Application, { priced, isKnownIndicator, call }: SubmissionContext): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const { lines } = application;
  if (lines.length === 0) return [{ field: 'lines', problem: 'an application has at least one line' }];
  const firstLineOf = new Map<string, number>();
  lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    const price = priced.get(line.indicatorCode);
    const earlier = firstLineOf.get(line.indicatorCode);
    if (earlier !== undefined)
      problems.push({ field: `${at}.indicatorCode`, problem: `${line.indicatorCode} is already applied for in lines[${earlier}]` });
    else firstLineOf.set(line.indicatorCode, index);
    if (price === undefined)
      problems.push({
        field: `${at}.indicatorCode`,
        problem: isKnownIndicator(line.indicatorCode)
          ? `${line.indicatorCode} is not subsidised in project year ${call.projectYear}`
          : `${line.indicatorCode} is not an indicator of the catalogue`,
      });
    if (!isWholeNumberAtLeast(line.currentReach, 0))
      problems.push({ field: `${at}.currentReach`, problem: 'the current reach must be a whole number >= 0' });
    if (line.additionalReach === null)
      problems.push({ field: `${at}.additionalReach`, problem: 'the planned additional reach is missing' });
    else if (!isWholeNumberAtLeast(line.additionalReach, 0) || (price !== undefined && line.additionalReach > price.maxPerApplicant))
      problems.push({
        field: `${at}.additionalReach`,
        problem:
          price === undefined
            ? `the additional reach must be a whole number >= 0, got ${line.additionalReach}`
            : `the additional reach must be a whole number from 0 to ${price.maxPerApplicant} (the cap per applicant), ` +
              `got ${line.additionalReach}`,
      });
  });
  const requesting = lines.flatMap((line, index) => (line.additionalReach !== null && line.additionalReach > 0 ? [index] : []));
  if (requesting.length === 0) problems.push({ field: 'lines', problem: 'no line asks for additional reach above 0' });
  problems.push(...priorityProblems(application, requesting));
  return problems;
};

/** Catalogue rule `priorities`: the lines with additional reach > 0 carry the priorities 1..n, each once. */
const priorityProblems = ({ lines }: Application, requesting: number[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const n = requesting.length;
  const firstWith = new Map<number, number>();
  for (const index of requesting) {
    const field = `lines[${index}].priority`;
    const priority = lines[index]!.priority;
    if (priority === null) problems.push({ field, problem: `a line with additional reach needs a priority from 1 to ${n}` });
    else if (!Number.isInteger(priority) || priority < 1 || priority > n)
      problems.push({
        field,
        problem: `the priority must be a whole number from 1 to ${n} (the lines with additional reach), got ${priority}`,
      });
    else if (firstWith.has(priority))
      problems.push({
        field,
        problem: `priority ${priority} is already given to lines[${firstWith.get(priority)}]; priorities are distinct`,
      });
    else firstWith.set(priority, index);
  }
  return problems;
};

const stimulusProblems = (application: Application, { priced, cooperation: registered }: SubmissionContext): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const { mentorships, cooperation, socialImpactBond } = application.stimuli;
  const appliedActions = new Set(
    application.lines
      .filter((line) => line.additionalReach !== null && line.additionalReach > 0)
      .flatMap((line) => {
        const price = priced.get(line.indicatorCode);
        return price === undefined ? [] : [price.actionNumber];
      }),
  );
  const mentoredActions = new Set<number>();
  mentorships.forEach((mentorship, index) => {
    const at = `stimuli.mentorships[${index}]`;
    if (!appliedActions.has(mentorship.actionNumber))
      problems.push({
        field: `${at}.actionNumber`,
        problem:
          'a mentorship is only possible on an action the application applies for; ' +
          `action ${mentorship.actionNumber} has no line with additional reach`,
      });
    else if (mentoredActions.has(mentorship.actionNumber))
      problems.push({ field: `${at}.actionNumber`, problem: `a second mentorship on action ${mentorship.actionNumber}` });
    mentoredActions.add(mentorship.actionNumber);
    if (isBlank(mentorship.motivation)) problems.push({ field: `${at}.motivation`, problem: 'a mentorship needs a motivation' });
  });
  if (cooperation !== null) {
    if (cooperation.partnerCode === application.governmentCode || application.memberCodes.includes(cooperation.partnerCode))
      problems.push({
        field: 'stimuli.cooperation.partnerCode',
        problem: 'the cooperation partner is another government than the applicant',
      });
    else if (registered !== null && registered.partner === undefined)
      problems.push({
        field: 'stimuli.cooperation.partnerCode',
        problem: `${cooperation.partnerCode} is not a registered local government`,
      });
    // Catalogue stimulus COOPERATION: a larger government cooperates with a smaller one. Checked where the register
    // knows both sizes; where it does not, ABB judges it in the review.
    else if (
      registered?.partner?.inhabitants != null &&
      registered.applicantInhabitants !== null &&
      registered.partner.inhabitants >= registered.applicantInhabitants
    )
      problems.push({
        field: 'stimuli.cooperation.partnerCode',
        problem:
          `the cooperation partner must be a smaller government: ${registered.partner.name} (${cooperation.partnerCode}) has ` +
          `${registered.partner.inhabitants} inhabitants, the applicant ${registered.applicantInhabitants}`,
      });
    if (isBlank(cooperation.motivation))
      problems.push({ field: 'stimuli.cooperation.motivation', problem: 'a cooperation needs a motivation' });
  }
  if (socialImpactBond?.intended === true && isBlank(socialImpactBond.text))
    problems.push({ field: 'stimuli.socialImpactBond.text', problem: 'an intended social impact bond needs a description' });
  return problems;
};

const paymentAndContactProblems = (application: Application): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (application.iban === null || application.iban === '')
    problems.push({ field: 'iban', problem: 'the IBAN the subsidy is paid to is missing' });
  else {
    const problem = belgianIbanProblem(application.iban);
    if (problem !== null) problems.push({ field: 'iban', problem });
  }
  if (application.contacts.length === 0) problems.push({ field: 'contacts', problem: 'an application names at least one contact person' });
  return problems;
};

/**
 * Everything that stands in the way of submitting a draft, all at once, each naming its field as a JSON
 * path of the draft (`lines[2].additionalReach`). Empty: the draft may be submitted.
 */
export const submissionProblems = (application: Application, context: SubmissionContext): FieldProblem[] => [
  ...callProblems(context),
  ...applicantProblems(application, context),
  ...lineProblems(application, context),
  ...stimulusProblems(application, context),
  ...paymentAndContactProblems(application),
];
