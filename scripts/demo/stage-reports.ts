import type { ApplicantLine } from '#testing';
import type { DemoClient } from './demo-client.js';
import type { DemoApplicant, DemoPlan } from './demo-plan.js';

interface ReportLine {
  indicatorCode: string;
  achieved: number | null;
  motivation?: string;
}

interface Report {
  reportId: string;
  governmentCode: string;
  version: number;
  latest: boolean;
  results: ReportLine[];
  review: { outcome: string } | null;
}

const random = (seed: string): number => {
  const hash = [...seed].reduce((value, char) => Math.imul(value ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return (hash % 1000) / 1000;
};

const targetOf = (line: ApplicantLine): number => line.currentReach + line.additionalReach;

/** The line a below-target annual report (and a recovery) is about: the one with the largest additional reach. */
export const shortLineOf = (applicant: DemoApplicant): ApplicantLine =>
  [...applicant.lines].sort((a, b) => b.additionalReach - a.additionalReach || a.indicatorCode.localeCompare(b.indicatorCode))[0]!;

/** The first line by priority: the one a lagging or at-risk interim report is behind on. */
const firstLineOf = (applicant: DemoApplicant): ApplicantLine =>
  [...applicant.lines].sort((a, b) => (a.priority ?? 99) - (b.priority ?? 99))[0]!;

/** The year's results: at or above target, except the short line of a government below target. */
export const annualResults = (applicant: DemoApplicant): ReportLine[] => {
  const short = shortLineOf(applicant);
  return applicant.lines.map((line) => {
    const target = targetOf(line);
    if (applicant.annual === 'below-target' && line === short)
      return {
        indicatorCode: line.indicatorCode,
        achieved: line.currentReach + Math.floor(line.additionalReach * 0.6),
        motivation: 'Minder deelnemers dan gepland: de werking startte pas in het voorjaar, na de aanwerving van de begeleider.',
      };
    const published = applicant.publishedRealised?.[line.indicatorCode];
    // A plan or a few pleinmakers are made as approved; counted reach often goes well beyond its target (as published).
    if (published === undefined && target <= 4) return { indicatorCode: line.indicatorCode, achieved: target };
    return {
      indicatorCode: line.indicatorCode,
      achieved: published ?? Math.ceil(target * (1 + random(`annual-${applicant.governmentCode}-${line.indicatorCode}`) * 0.6)),
    };
  });
};

/** The interim results (to 31 March: about half the year), never above the year's. */
export const interimResults = (applicant: DemoApplicant): ReportLine[] => {
  const annual = new Map(annualResults(applicant).map((result) => [result.indicatorCode, result.achieved ?? 0]));
  const behind = firstLineOf(applicant);
  return applicant.lines.map((line) => {
    const target = targetOf(line);
    const roll = random(`interim-${applicant.governmentCode}-${line.indicatorCode}`);
    let achieved = Math.ceil(target * (applicant.interim === 'ahead' ? 0.7 + roll * 0.25 : 0.46 + roll * 0.2));
    let motivation: string | undefined;
    if (line === behind && applicant.interim === 'lagging') achieved = Math.max(Math.ceil(target * 0.25), Math.floor(target * 0.33));
    if (line === behind && applicant.interim === 'at-risk') {
      achieved = Math.floor(target * 0.15);
      motivation = 'De partnerorganisatie startte pas in maart; de inhaalbeweging is gepland voor het najaar.';
    }
    return {
      indicatorCode: line.indicatorCode,
      achieved: Math.min(achieved, annual.get(line.indicatorCode)!),
      ...(motivation ? { motivation } : {}),
    };
  });
};

const submit = async (demo: DemoClient, applicant: DemoApplicant, periodCode: string, results: ReportLine[]): Promise<void> => {
  await demo.callOnTime(
    'reporting',
    'POST',
    '/reports',
    await demo.government(applicant.governmentCode),
    { governmentCode: applicant.governmentCode, periodCode, results },
    [200, 201],
  );
};

const reportsOf = async (demo: DemoClient, periodCode: string): Promise<Report[]> =>
  demo.get<Report[]>('reporting', `/reports?periodCode=${periodCode}`);

/** Those who reported the period already (a resumed demo does not report twice). */
const reportedIn = async (demo: DemoClient, periodCode: string): Promise<Set<string>> =>
  new Set((await reportsOf(demo, periodCode)).map((report) => report.governmentCode));

const submitAll = async (
  demo: DemoClient,
  applicants: DemoApplicant[],
  periodCode: string,
  results: (applicant: DemoApplicant) => ReportLine[],
  what: string,
) => {
  const reported = await reportedIn(demo, periodCode);
  const due = applicants.filter((applicant) => !reported.has(applicant.governmentCode));
  await demo.forEach(due, async (applicant) => submit(demo, applicant, periodCode, results(applicant)));
  if (due.length > 0) demo.say(`${periodCode}: ${due.length} ${what}`);
};

/** The reminders the deadline polling sends when the clock passes 14 and 3 days before the due date, then the overdue notices. */
const moveAndAwait = async (demo: DemoClient, to: string, why: string, kind: string, count: number): Promise<void> => {
  const since = new Date(Date.now() - 1_000);
  if ((await demo.moveClockTo(to, why)) && count > 0) {
    const seen = await demo.awaitNotices(kind, since, count);
    demo.say(`mail: ${kind} notices for ${seen} governments`);
  }
};

/**
 * ABB reviews every latest version not reviewed yet: a few get a request for changes (answered with a new version and
 * then accepted), the rest are accepted; `notAccepted` names the motivations ABB does not accept.
 */
const reviewAll = async (
  demo: DemoClient,
  plan: DemoPlan,
  periodCode: string,
  notAccepted: (applicant: DemoApplicant) => string[],
): Promise<number> => {
  const abb = await demo.abb();
  const byCode = new Map(plan.applicants.map((applicant) => [applicant.governmentCode, applicant]));
  let accepted = 0;
  for (let round = 0; round < 2; round++) {
    const reports = await reportsOf(demo, periodCode);
    const open = reports.filter((report) => report.latest && report.review === null);
    const answered: DemoApplicant[] = [];
    await demo.forEach(open, async (report) => {
      const applicant = byCode.get(report.governmentCode);
      if (applicant === undefined) return;
      const askedBefore = reports.some(
        (other) => other.governmentCode === report.governmentCode && other.review?.outcome === 'changes-requested',
      );
      if (periodCode.endsWith('INTERIM') && applicant.changesRequested && !askedBefore) {
        const first = report.results[0]!.indicatorCode;
        await demo.call(
          'reporting',
          'POST',
          `/reports/${report.reportId}/review`,
          abb,
          { outcome: 'changes-requested', comments: [{ indicatorCode: first, comment: 'Graag de telling per activiteit toelichten.' }] },
          [201],
        );
        answered.push(applicant);
        return;
      }
      const withMotivation = new Set(report.results.filter((line) => line.motivation !== undefined).map((line) => line.indicatorCode));
      await demo.call(
        'reporting',
        'POST',
        `/reports/${report.reportId}/review`,
        abb,
        { outcome: 'accepted', comments: [], motivationsNotAccepted: notAccepted(applicant).filter((code) => withMotivation.has(code)) },
        [201],
      );
      accepted++;
    });
    // The government answers a request for changes with a new version that explains the count.
    await demo.forEach(answered, async (applicant) => {
      const latest = (await reportsOf(demo, periodCode)).find(
        (report) => report.governmentCode === applicant.governmentCode && report.latest,
      )!;
      const results = latest.results.map((line, index) =>
        index === 0
          ? { ...line, motivation: line.motivation ?? 'Geteld per deelnemer en per activiteit; de lijsten liggen ter inzage.' }
          : line,
      );
      await submit(demo, applicant, periodCode, results);
    });
    if (answered.length > 0) demo.say(`${periodCode}: ABB asked ${answered.length} governments for changes; they sent a new version`);
    if (answered.length === 0) break;
  }
  if (accepted > 0) demo.say(`${periodCode}: ABB accepted ${accepted} reports`);
  return accepted;
};

/** The interim period (to 31 March 2023, due 15 April): reminders, reports, corrections, overdue notices, late reports, reviews. */
export const runInterimPeriod = async (demo: DemoClient, plan: DemoPlan): Promise<void> => {
  const period = 'PJ1-INTERIM';
  const onTime = plan.applicants.filter((applicant) => applicant.interim !== 'late' && applicant.interim !== 'missing');
  const notOnTime = plan.applicants.length - onTime.length;
  await moveAndAwait(demo, '2023-04-01T08:00:00Z', 'two weeks before the interim reports are due', 'reminder', plan.applicants.length);
  await demo.moveClockTo('2023-04-05T09:00:00Z', 'the governments report their interim results');
  await submitAll(demo, onTime, period, interimResults, 'interim reports (lagging and at-risk signals follow)');
  await demo.moveClockTo('2023-04-10T09:00:00Z', 'corrections');
  const versions = await reportsOf(demo, period);
  const corrections = onTime.filter(
    (applicant) =>
      applicant.correctsInterim && !versions.some((report) => report.governmentCode === applicant.governmentCode && report.version > 1),
  );
  await demo.forEach(corrections, async (applicant) => {
    const annual = new Map(annualResults(applicant).map((result) => [result.indicatorCode, result.achieved ?? 0]));
    const results = interimResults(applicant).map((line, index) =>
      index === 0 && line.achieved !== null
        ? { ...line, achieved: Math.min(annual.get(line.indicatorCode)!, Math.ceil(line.achieved * 1.1) + 1) }
        : line,
    );
    await submit(demo, applicant, period, results);
  });
  if (corrections.length > 0)
    demo.say(`${period}: ${corrections.length} governments corrected their report (a new version replaces the old)`);
  await moveAndAwait(demo, '2023-04-12T08:00:00Z', 'three days before the interim reports are due', 'reminder', notOnTime);
  await moveAndAwait(demo, '2023-04-16T08:00:00Z', 'the interim reports were due yesterday', 'overdue', notOnTime);
  await demo.moveClockTo('2023-04-20T09:00:00Z', 'late interim reports');
  await submitAll(
    demo,
    plan.applicants.filter((applicant) => applicant.interim === 'late'),
    period,
    interimResults,
    'late interim reports',
  );
  await demo.moveClockTo('2023-04-24T09:00:00Z', 'ABB reviews the interim reports');
  await reviewAll(demo, plan, period, () => []);
  // ABB accepts one at-risk motivation: the flag is cleared.
  const atRisk = plan.applicants.find((applicant) => applicant.interim === 'at-risk');
  if (atRisk !== undefined) {
    const line = firstLineOf(atRisk);
    const cleared = await demo.call(
      'reporting',
      'POST',
      `/at-risk-flags/${atRisk.governmentCode}/1/${line.indicatorCode}/clear`,
      await demo.abb(),
      { motivationAccepted: true, reason: 'De late start is verklaard; de inhaalbeweging is concreet gepland.' },
      [200, 404, 409],
    );
    if (cleared.status === 200)
      demo.say(`${period}: ABB accepted the motivation of ${atRisk.name} on ${line.indicatorCode}; its at-risk flag is cleared`);
  }
};

/** The annual period (to 30 September 2023, due 15 October): reminders, reports, overdue notices, late reports, reviews. */
export const runAnnualPeriod = async (demo: DemoClient, plan: DemoPlan): Promise<number> => {
  const period = 'PJ1-ANNUAL';
  const onTime = plan.applicants.filter((applicant) => applicant.annual === 'achieved' || applicant.annual === 'below-target');
  const notOnTime = plan.applicants.length - onTime.length;
  await moveAndAwait(demo, '2023-10-01T08:00:00Z', 'two weeks before the annual reports are due', 'reminder', plan.applicants.length);
  await demo.moveClockTo('2023-10-06T09:00:00Z', 'the governments report their annual results');
  await submitAll(demo, onTime, period, annualResults, 'annual reports');
  await moveAndAwait(demo, '2023-10-12T08:00:00Z', 'three days before the annual reports are due', 'reminder', notOnTime);
  await moveAndAwait(demo, '2023-10-16T08:00:00Z', 'the annual reports were due yesterday', 'overdue', notOnTime);
  await demo.moveClockTo('2023-10-18T09:00:00Z', 'late annual reports');
  await submitAll(
    demo,
    plan.applicants.filter((applicant) => applicant.annual === 'late'),
    period,
    annualResults,
    'late annual reports',
  );
  await demo.moveClockTo('2023-10-20T09:00:00Z', 'ABB reviews the annual reports');
  return reviewAll(demo, plan, period, (applicant) =>
    applicant.governmentCode === plan.recoveryCode ? [shortLineOf(applicant).indicatorCode] : [],
  );
};
