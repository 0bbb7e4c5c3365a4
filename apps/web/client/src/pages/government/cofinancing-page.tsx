import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { budgeting, dataOf } from '../../api/clients';
import { Button } from '../../components/button';
import { CheckedField, Notice } from '../../components/form-fields';
import { formatEuro, parseEuro } from './euro';
import { formatDateTime } from './report-page';

const STATUS_NAMES: Record<string, string> = { covered: 'Gedekt', shortfall: 'Tekort', 'not-declared': 'Nog niet aangegeven' };

/** The officer declares how much the government itself puts into the project year, against its obligation. */
export const CofinancingPage = ({ governmentCode, projectYear }: { governmentCode: string; projectYear: number }) => {
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState('');
  const [touched, setTouched] = useState(false);
  const cofinancing = useQuery({
    queryKey: ['cofinancing', governmentCode, projectYear],
    queryFn: () => dataOf(budgeting.GET('/cofinancing', { params: { query: { governmentCode, projectYear } } })),
  });
  const declare = useMutation({
    mutationFn: (declaredCents: number) =>
      dataOf(
        budgeting.PUT('/cofinancing/{governmentCode}/{projectYear}', {
          params: { path: { governmentCode, projectYear } },
          body: { declaredCents, source: source.trim() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cofinancing', governmentCode, projectYear] }),
  });
  const current = cofinancing.data?.find((row) => row.governmentCode === governmentCode);
  const cents = parseEuro(amount);
  const amountError = touched && cents === undefined ? 'Vul een bedrag in euro in, bijvoorbeeld 12.500,00.' : undefined;
  const sourceError = touched && source.trim() === '' ? 'Zeg waar de cofinanciering vandaan komt.' : undefined;
  return (
    <>
      <h1>
        Cofinanciering van bestuur {governmentCode}, projectjaar {projectYear}
      </h1>
      {cofinancing.error ? <Notice kind="error">De cofinanciering is nu niet beschikbaar: {cofinancing.error.message}</Notice> : null}
      {cofinancing.data && current === undefined ? (
        <p>Voor dit projectjaar is er (nog) geen toegekende subsidie, dus geen verplichting.</p>
      ) : null}
      {current ? (
        <dl className="vl-figures">
          <div>
            <dt>Verplichting</dt>
            <dd>{formatEuro(current.obligationCents)}</dd>
          </div>
          <div>
            <dt>Aangegeven</dt>
            <dd>{formatEuro(current.declaredCents)}</dd>
          </div>
          <div>
            <dt>Tekort</dt>
            <dd>{formatEuro(current.shortfallCents)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{STATUS_NAMES[current.status] ?? current.status}</dd>
          </div>
        </dl>
      ) : null}
      {current?.declaredAt ? (
        <p className="vl-hint">
          Laatst aangegeven op {formatDateTime(current.declaredAt)}
          {current.source ? ` (bron: ${current.source})` : ''}.
        </p>
      ) : null}
      {current ? (
        <form
          aria-labelledby="cofinanciering-aangeven"
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (cents !== undefined && source.trim() !== '') declare.mutate(cents);
          }}
        >
          <h2 id="cofinanciering-aangeven">Cofinanciering aangeven</h2>
          <CheckedField label="Bedrag in euro" value={amount} onChange={setAmount} error={amountError} inputMode="decimal" />
          <CheckedField
            label="Bron"
            description="Bijvoorbeeld: eigen middelen, begrotingsartikel 0710/123-48"
            value={source}
            onChange={setSource}
            error={sourceError}
          />
          <Button type="submit" isDisabled={declare.isPending}>
            Aangeven
          </Button>
          {declare.error ? <Notice kind="error">De aangifte werd niet aanvaard: {declare.error.message}</Notice> : null}
          {declare.data ? (
            <Notice kind={declare.data.shortfallCents > 0 ? 'warning' : 'success'}>
              Aangegeven: {formatEuro(declare.data.declaredCents)}.
              {declare.data.shortfallCents > 0
                ? ` Er blijft een tekort van ${formatEuro(declare.data.shortfallCents)}.`
                : ' De verplichting is gedekt.'}
            </Notice>
          ) : null}
        </form>
      ) : null}
    </>
  );
};
