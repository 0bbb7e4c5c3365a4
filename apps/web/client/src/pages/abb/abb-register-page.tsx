import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { applications, ApiError, dataOf } from '../../api/clients';
import type { components } from '../../api/generated/applications';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { formatNumber } from '../../format';
import { Done, ErrorNotice, useAction } from './abb-shared';

type ImportResult = components['schemas']['ImportResultDto'];
type Problem = components['schemas']['Problem'];

/** A file the service refused, with every problem it named ("row 7, kboNumber"). */
class ImportRefused extends Error {
  constructor(readonly problems: { row: string; field: string; problem: string }[]) {
    super('Het bestand bevat fouten; er is niets geïmporteerd.');
  }
}

const splitField = (field: string): { row: string; field: string } => {
  const match = /^row (\d+), (.+)$/.exec(field);
  return match ? { row: match[1]!, field: match[2]! } : { row: '–', field };
};

/** The import through the generated client, as text/csv; a 400 becomes ImportRefused with its problems per row and field. */
const importCsv = async (csv: string, dryRun: boolean): Promise<ImportResult> => {
  const { data, error, response } = await applications.POST('/governments/import', {
    params: { query: { dryRun: dryRun ? 'true' : 'false' } },
    body: csv,
    bodySerializer: (body: string) => body,
    headers: { 'content-type': 'text/csv' },
  });
  if (data !== undefined) return data;
  const problem = error as Problem | undefined;
  if (response.status === 400 && problem?.problems && problem.problems.length > 0)
    throw new ImportRefused(problem.problems.map((entry) => ({ ...splitField(entry.field), problem: entry.problem })));
  throw new ApiError(response.status, problem?.detail ?? response.statusText);
};

const Problems = ({ error }: { error: Error | null }) =>
  error instanceof ImportRefused ? (
    <div role="alert">
      <p className="vl-alert">
        {error.message} {error.problems.length} fout(en):
      </p>
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-visually-hidden">Fouten per rij en veld</caption>
          <thead>
            <tr>
              <th scope="col">Rij</th>
              <th scope="col">Veld</th>
              <th scope="col">Fout</th>
            </tr>
          </thead>
          <tbody>
            {error.problems.map((entry, index) => (
              <tr key={index}>
                <td>{entry.row}</td>
                <td>{entry.field}</td>
                <td>{entry.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  ) : (
    <ErrorNotice error={error} />
  );

/** ABB's register of local governments: search it, and import a CSV file that is checked, with every error, first. */
export const AbbRegisterPage = () => {
  const [q, setQ] = useState('');
  const governments = useQuery({
    queryKey: ['governments', q],
    queryFn: () => dataOf(applications.GET('/governments', { params: { query: q.trim() === '' ? {} : { q: q.trim() } } })),
  });
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const check = useAction((text: string) => importCsv(text, true), []);
  const run = useAction((text: string) => importCsv(text, false), ['governments']);
  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setFileName(file.name);
    setCsv(await file.text());
    check.reset();
    run.reset();
  };
  const checked = check.isSuccess && !run.isSuccess ? check.data : undefined;
  return (
    <>
      <h1>Register van lokale besturen</h1>
      <section aria-labelledby="importeren" className="vl-card">
        <h2 id="importeren">Importeren uit CSV</h2>
        <p className="vl-hint">
          UTF-8, puntkomma tussen de cellen, een kopregel met de kolommen (code verplicht; kboNumber, name, province, inhabitants,
          nonEuOriginInhabitants, contactName, contactEmail, contactPhone, contactRole). Eén rij per contactpersoon. Het bestand wordt eerst
          gecontroleerd: je ziet elke fout per rij en veld, en er wordt pas iets geïmporteerd als je daarna bevestigt.
        </p>
        <div className="vl-field">
          <label htmlFor="register-bestand" className="vl-field__label">
            CSV-bestand
          </label>
          <input id="register-bestand" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event.target.files?.[0])} />
        </div>
        <div className="vl-actions">
          <Button onPress={() => check.mutate(csv)} isDisabled={csv === '' || check.isPending}>
            Bestand controleren
          </Button>
          {fileName ? <span className="vl-hint">Gekozen: {fileName}</span> : null}
        </div>
        <Problems error={check.error} />
        {checked ? (
          <>
            <Done>
              Geen fouten. De import zou {checked.created} nieuwe besturen toevoegen, {checked.updated} wijzigen en {checked.unchanged}{' '}
              ongewijzigd laten.
            </Done>
            <Button onPress={() => run.mutate(csv)} isDisabled={run.isPending}>
              Nu importeren
            </Button>
          </>
        ) : null}
        <Problems error={run.error} />
        {run.isSuccess ? (
          <Done>
            Geïmporteerd: {run.data.created} nieuw, {run.data.updated} gewijzigd, {run.data.unchanged} ongewijzigd.
          </Done>
        ) : null}
      </section>
      <section aria-labelledby="besturen">
        <h2 id="besturen">Besturen</h2>
        <TextField label="Zoeken op naam of code" value={q} onChange={setQ} />
        <ErrorNotice error={governments.error} />
        <div className="vl-table-wrapper">
          <table className="vl-table">
            <caption className="vl-visually-hidden">Het register</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Naam</th>
                <th scope="col">Provincie</th>
                <th scope="col" className="vl-table__numeric">
                  Inwoners
                </th>
                <th scope="col" className="vl-table__numeric">
                  Inwoners van niet-EU-herkomst
                </th>
                <th scope="col">Contactpersonen</th>
              </tr>
            </thead>
            <tbody>
              {(governments.data ?? []).slice(0, 100).map((government) => (
                <tr key={government.code}>
                  <th scope="row">{government.code}</th>
                  <td>{government.name}</td>
                  <td>{government.province}</td>
                  <td className="vl-table__numeric">{formatNumber(government.inhabitants)}</td>
                  <td className="vl-table__numeric">{formatNumber(government.nonEuOriginInhabitants)}</td>
                  <td>{(government.contacts ?? []).map((contact) => `${contact.name} <${contact.email}>`).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {(governments.data?.length ?? 0) > 100 ? (
          <p className="vl-hint">De eerste 100 van {governments.data!.length}; zoek om te verfijnen.</p>
        ) : null}
      </section>
    </>
  );
};
