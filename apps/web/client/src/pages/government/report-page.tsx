import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, dataOf, reporting, type FieldProblem } from '../../api/clients';
import type { components } from '../../api/generated/reporting';
import { Button } from '../../components/button';
import { DataTable, type TableColumn } from '../../components/data-table';
import { Checkbox, CheckedField, Notice } from '../../components/form-fields';
import { formatNumber } from '../../format';
import {
  applyDraft,
  cellOf,
  checkReport,
  draftLines,
  reportResults,
  type PeriodKind,
  type ReportDraft,
  type ReportFormLine,
} from './report-rules';

type Report = components['schemas']['ReportResponse'];
type Submitted = components['schemas']['SubmittedReportResponse'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '–');

const REVIEW_NAMES = { accepted: 'Goedgekeurd', 'changes-requested': 'Aanpassing gevraagd' } as const;

const versionColumns: TableColumn<Report>[] = [
  { id: 'version', title: 'Versie', numeric: true, render: (report) => `${report.version}${report.latest ? ' (geldt)' : ''}` },
  { id: 'submitted', title: 'Ingediend', render: (report) => formatDateTime(report.submittedAt) },
  { id: 'late', title: 'Tijdig', render: (report) => (report.late ? 'Te laat' : 'Op tijd') },
  {
    id: 'figures',
    title: 'Cijfers',
    render: (report) =>
      report.results.map((line) => `${line.indicatorCode}: ${line.achieved === null ? 'nihil' : formatNumber(line.achieved)}`).join(', '),
  },
  {
    id: 'review',
    title: 'Beoordeling ABB',
    render: (report) =>
      report.review === null
        ? 'Wacht op beoordeling'
        : `${REVIEW_NAMES[report.review.outcome as keyof typeof REVIEW_NAMES] ?? report.review.outcome}${
            report.review.comments.length > 0
              ? `: ${report.review.comments.map((c) => `${c.indicatorCode} – ${c.comment}`).join('; ')}`
              : ''
          }`,
  },
];

const problemColumns: TableColumn<FieldProblem & { key: string }>[] = [
  { id: 'sheet', title: 'Blad', render: (problem) => cellOf(problem.field).sheet },
  { id: 'cell', title: 'Cel', render: (problem) => cellOf(problem.field).cell },
  { id: 'problem', title: 'Probleem', render: (problem) => problem.problem },
];

const submittedNotice = (submitted: Submitted, how: string) => (
  <Notice kind={submitted.warnings.length > 0 ? 'warning' : 'success'}>
    <p>
      Versie {submitted.version} van je rapport over {submitted.periodCode} is {how} ingediend
      {submitted.late ? ' (na de vervaldatum: als te laat gemarkeerd)' : ''}.
    </p>
    {submitted.warnings.length > 0 ? (
      <ul>
        {submitted.warnings.map((warning) => (
          <li key={warning.field}>{warning.problem}</li>
        ))}
      </ul>
    ) : null}
  </Notice>
);

/** The lines of the form: every approved indicator, prefilled with the version that counts now. */
const initialLines = (
  targets: components['schemas']['CommittedTargetResponse'][],
  statuses: components['schemas']['IndicatorStatusResponse'][],
  latest: Report | undefined,
  periodCode: string,
): ReportFormLine[] =>
  targets.map((target) => {
    const reported = latest?.results.find((line) => line.indicatorCode === target.indicatorCode);
    const status = statuses.find((candidate) => candidate.indicatorCode === target.indicatorCode && candidate.periodCode === periodCode);
    return {
      indicatorCode: target.indicatorCode,
      target: target.target,
      expected: status?.expected ?? null,
      value: reported === undefined || reported.achieved === null ? '' : String(reported.achieved),
      nil: reported !== undefined && reported.achieved === null,
      motivation: reported?.motivation ?? '',
    };
  });

const ReportForm = ({
  governmentCode,
  periodCode,
  kind,
  start,
  draft,
  names,
  comments,
  onSubmitted,
}: {
  governmentCode: string;
  periodCode: string;
  kind: PeriodKind;
  start: ReportFormLine[];
  /** The draft reporting keeps for the period, or null. */
  draft: ReportDraft | null;
  names: Map<string, string>;
  comments: Map<string, string>;
  onSubmitted(submitted: Submitted, how: string): void;
}) => {
  const [lines, setLines] = useState<ReportFormLine[]>(() => applyDraft(start, draft));
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(draft?.savedAt ?? null);
  const queryClient = useQueryClient();
  const path = { governmentCode, periodCode };
  const idempotencyKey = useRef(crypto.randomUUID());
  const check = useMemo(() => checkReport(lines, kind), [lines, kind]);
  const change = (indicatorCode: string, patch: Partial<ReportFormLine>) =>
    setLines((current) => current.map((line) => (line.indicatorCode === indicatorCode ? { ...line, ...patch } : line)));
  const submit = useMutation({
    mutationFn: async () => {
      const submitted = await dataOf(
        reporting.POST('/reports', {
          params: { header: { 'Idempotency-Key': idempotencyKey.current } },
          body: { governmentCode, periodCode, results: reportResults(lines) },
        }),
      );
      // The draft is done with once the report is in; none left (404) is fine too. Before the page reloads the draft.
      if (draftSavedAt !== null) await reporting.DELETE('/report-drafts/{governmentCode}/{periodCode}', { params: { path } });
      return submitted;
    },
    onSuccess: (submitted) => {
      setDraftSavedAt(null);
      // Gone before the new version's form mounts: else a refetch of the versions that lands before the draft's brings
      // the discarded draft back into the new form.
      queryClient.setQueryData(['report-draft', governmentCode, periodCode], null);
      idempotencyKey.current = crypto.randomUUID();
      onSubmitted(submitted, 'per formulier');
    },
  });
  const saveDraft = useMutation({
    mutationFn: () =>
      dataOf(reporting.PUT('/report-drafts/{governmentCode}/{periodCode}', { params: { path }, body: { lines: draftLines(lines) } })),
    onSuccess: (saved) => setDraftSavedAt(saved.savedAt),
  });
  const refused = submit.error instanceof ApiError ? submit.error : null;
  return (
    <form
      aria-labelledby="rapport-formulier"
      onSubmit={(event) => {
        event.preventDefault();
        if (check.errors === 0) submit.mutate();
      }}
    >
      <h2 id="rapport-formulier">Rapport per formulier</h2>
      <p className="vl-hint">
        Vul per indicator het totaal tot nu toe in. «Nihil» betekent: er valt nog niets te tellen; dat is iets anders dan 0.
        {kind === 'annual' ? ' Een jaarrapportering onder de doelstelling vraagt een motivering.' : ''}
      </p>
      {draftSavedAt === null ? null : <Notice kind="success">Concept bewaard op {formatDateTime(draftSavedAt)}.</Notice>}
      {saveDraft.error ? <Notice kind="error">Het concept werd niet bewaard: {saveDraft.error.message}</Notice> : null}
      {lines.map((line) => {
        const lineCheck = check.lines[line.indicatorCode] ?? {};
        return (
          <fieldset key={line.indicatorCode} className="vl-report-line">
            <legend>
              {line.indicatorCode}
              {names.get(line.indicatorCode) ? ` – ${names.get(line.indicatorCode)}` : ''}
            </legend>
            <p className="vl-hint">
              Doel {formatNumber(line.target)}; verwacht tegen het einde van de periode {formatNumber(line.expected)}.
            </p>
            {comments.get(line.indicatorCode) ? (
              <Notice kind="warning">Opmerking van ABB: {comments.get(line.indicatorCode)}</Notice>
            ) : null}
            <div className="vl-form-grid">
              <CheckedField
                label={`Aantal tot nu toe (${line.indicatorCode})`}
                value={line.value}
                inputMode="numeric"
                onChange={(value) => change(line.indicatorCode, { value })}
                error={lineCheck.achievedError}
              />
              <div>
                <Checkbox isSelected={line.nil} onChange={(nil) => change(line.indicatorCode, { nil })}>
                  Nihil ({line.indicatorCode}): nog niets te tellen
                </Checkbox>
              </div>
            </div>
            <CheckedField
              label={`Motivering (${line.indicatorCode})`}
              multiline
              value={line.motivation}
              onChange={(motivation) => change(line.indicatorCode, { motivation })}
              error={lineCheck.motivationError}
              warning={lineCheck.motivationWarning}
              description="Waarom het resultaat achterloopt, in je eigen woorden."
            />
          </fieldset>
        );
      })}
      <p role="status" className="vl-hint">
        {check.errors === 0 ? 'Geen fouten' : `${check.errors} ${check.errors === 1 ? 'fout moet' : 'fouten moeten'} eerst opgelost`}
        {check.warnings === 0 ? '.' : `; ${check.warnings} ${check.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'} (indienen kan).`}
      </p>
      <div className="vl-actions">
        <Button type="submit" isDisabled={check.errors > 0 || submit.isPending}>
          Rapport indienen
        </Button>
        <Button variant="secondary" onPress={() => saveDraft.mutate()} isDisabled={saveDraft.isPending}>
          Concept bewaren
        </Button>
      </div>
      {refused ? (
        <Notice kind="error">
          <p>Het rapport werd niet aanvaard: {refused.message}</p>
          {refused.problems.length > 0 ? (
            <ul>
              {refused.problems.map((problem) => (
                <li key={`${problem.field}-${problem.problem}`}>{problem.problem}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </form>
  );
};

const ExcelSection = ({
  governmentCode,
  periodCode,
  onSubmitted,
}: {
  governmentCode: string;
  periodCode: string;
  onSubmitted(submitted: Submitted, how: string): void;
}) => {
  const [file, setFile] = useState<File | null>(null);
  const download = useMutation({
    mutationFn: async () => {
      const blob = await dataOf(reporting.GET('/reports/template', { params: { query: { governmentCode, periodCode } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `rapportering-${governmentCode}-${periodCode}.xlsx`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      dataOf(
        reporting.POST('/reports/upload', {
          params: { query: { periodCode } },
          // The file itself is the body, as the endpoint wants it.
          body: chosen as unknown as string,
          bodySerializer: (body) => body,
          headers: { 'content-type': XLSX },
        }),
      ),
    onSuccess: (submitted) => onSubmitted(submitted, 'met Excel'),
  });
  const refused = upload.error instanceof ApiError ? upload.error : null;
  return (
    <section aria-labelledby="rapport-excel">
      <h2 id="rapport-excel">Rapporteren met Excel</h2>
      <p>Download het sjabloon, vul de gele cellen in en laad het bestand op. Niets wordt bewaard zolang er een cel fout is.</p>
      <div className="vl-actions">
        <Button variant="secondary" onPress={() => download.mutate()} isDisabled={download.isPending}>
          Excel-sjabloon downloaden
        </Button>
      </div>
      {download.error ? <Notice kind="error">Het sjabloon is nu niet beschikbaar: {download.error.message}</Notice> : null}
      <form
        aria-label="Excel-bestand opladen"
        onSubmit={(event) => {
          event.preventDefault();
          if (file !== null) upload.mutate(file);
        }}
      >
        <div className="vl-field">
          <label htmlFor="excel-bestand" className="vl-field__label">
            Ingevuld sjabloon (.xlsx)
          </label>
          <input
            id="excel-bestand"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <Button type="submit" isDisabled={file === null || upload.isPending}>
          Bestand opladen
        </Button>
      </form>
      {refused ? (
        <>
          <Notice kind="error">
            Het bestand werd niet aanvaard: {refused.problems.length > 0 ? 'de fouten staan per cel in de tabel.' : refused.message}
          </Notice>
          {refused.problems.length > 0 ? (
            <DataTable
              label="Fouten in het opgeladen bestand, per blad en cel"
              columns={problemColumns}
              rows={refused.problems.map((problem, index) => ({ ...problem, key: `${index}` }))}
              rowKey={(problem) => problem.key}
              empty="Geen fouten."
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
};

/** The officer reports a period: by form (checked while typing, drafts, versions) or by the Excel template. */
export const ReportPage = ({
  governmentCode,
  projectYear,
  periodCode,
}: {
  governmentCode: string;
  projectYear: number;
  periodCode?: string;
}) => {
  const queryClient = useQueryClient();
  const year = { governmentCode, projectYear };
  const returns = useQuery({
    queryKey: ['expected-returns', year],
    queryFn: () => dataOf(reporting.GET('/expected-returns', { params: { query: year } })),
  });
  const targets = useQuery({ queryKey: ['targets', year], queryFn: () => dataOf(reporting.GET('/targets', { params: { query: year } })) });
  const statuses = useQuery({
    queryKey: ['statuses', year],
    queryFn: () => dataOf(reporting.GET('/statuses', { params: { query: year } })),
  });
  const figures = useQuery({
    queryKey: ['figures', year],
    queryFn: () => dataOf(reporting.GET('/figures', { params: { query: { ...year, level: 'indicator' } } })),
  });
  const periods = [...new Map((returns.data ?? []).map((expected) => [expected.periodCode, expected])).values()];
  const period = periods.find((candidate) => candidate.periodCode === periodCode) ?? periods[0];
  const reports = useQuery({
    queryKey: ['reports', governmentCode, period?.periodCode],
    enabled: period !== undefined,
    queryFn: () => dataOf(reporting.GET('/reports', { params: { query: { governmentCode, periodCode: period!.periodCode } } })),
  });
  const draft = useQuery({
    queryKey: ['report-draft', governmentCode, period?.periodCode],
    enabled: period !== undefined,
    // Refetched with every new version: the form starts again from it (the draft is discarded on submitting).
    queryFn: async () => {
      const answer = await reporting.GET('/report-drafts/{governmentCode}/{periodCode}', {
        params: { path: { governmentCode, periodCode: period!.periodCode } },
      });
      if (answer.response.status === 404) return null;
      return dataOf(Promise.resolve(answer));
    },
  });
  const [last, setLast] = useState<{ submitted: Submitted; how: string } | null>(null);
  const submitted = (report: Submitted, how: string) => {
    setLast({ submitted: report, how });
    void queryClient.invalidateQueries({ queryKey: ['reports'] });
    void queryClient.invalidateQueries({ queryKey: ['report-draft'] });
    void queryClient.invalidateQueries({ queryKey: ['statuses'] });
    void queryClient.invalidateQueries({ queryKey: ['figures'] });
  };
  useEffect(() => setLast(null), [period?.periodCode]);
  const error = returns.error ?? targets.error ?? statuses.error ?? reports.error;
  const versions = reports.data ?? [];
  const latest = versions.find((report) => report.latest);
  const names = new Map((figures.data ?? []).map((figure) => [figure.indicatorCode ?? '', figure.actionName ?? '']));
  const comments = new Map(
    latest?.review?.outcome === 'changes-requested'
      ? latest.review.comments.map((comment) => [comment.indicatorCode, comment.comment])
      : [],
  );
  const ready =
    period !== undefined &&
    targets.data !== undefined &&
    statuses.data !== undefined &&
    reports.data !== undefined &&
    draft.data !== undefined;
  return (
    <>
      <h1>Rapporteren voor bestuur {governmentCode}</h1>
      <nav aria-label="Rapportageperiode" className="vl-tabs">
        {periods.map((candidate) => (
          <Link
            key={candidate.periodCode}
            to="/bestuur/rapporteren"
            search={{ code: governmentCode, jaar: projectYear, periode: candidate.periodCode }}
            className="vl-tabs__tab"
            aria-current={candidate.periodCode === period?.periodCode ? 'page' : undefined}
          >
            {candidate.kind === 'interim' ? 'Tussentijds' : 'Jaarrapport'} {candidate.periodCode}
          </Link>
        ))}
      </nav>
      {error ? <Notice kind="error">De gegevens zijn nu niet beschikbaar: {error.message}</Notice> : null}
      {returns.isPending ? <p>Gegevens laden…</p> : null}
      {returns.data && periods.length === 0 ? <p>Er zijn in dit projectjaar nog geen rapporten verschuldigd.</p> : null}
      {period ? (
        <p>
          Periode {period.periodCode}: van {period.coversFrom} tot {period.coversTo}, in te dienen uiterlijk op {period.due}.
        </p>
      ) : null}
      {ready ? (
        <ReportForm
          // A new version (by form or by Excel) starts the form again from what it says.
          key={`${period.periodCode}-${latest?.version ?? 0}`}
          governmentCode={governmentCode}
          periodCode={period.periodCode}
          kind={period.kind === 'annual' ? 'annual' : 'interim'}
          start={initialLines(targets.data, statuses.data, latest, period.periodCode)}
          draft={draft.data}
          names={names}
          comments={comments}
          onSubmitted={submitted}
        />
      ) : null}
      {last ? submittedNotice(last.submitted, last.how) : null}
      {period ? <ExcelSection governmentCode={governmentCode} periodCode={period.periodCode} onSubmitted={submitted} /> : null}
      <section aria-labelledby="rapport-versies">
        <h2 id="rapport-versies">Versies van dit rapport</h2>
        <DataTable
          label={`Versies van het rapport over ${period?.periodCode ?? ''}`}
          columns={versionColumns}
          rows={[...versions].reverse()}
          rowKey={(report) => report.reportId}
          empty="Nog geen versie ingediend."
        />
      </section>
    </>
  );
};
