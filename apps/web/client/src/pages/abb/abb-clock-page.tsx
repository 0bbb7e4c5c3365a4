import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { applications, dataOf } from '../../api/clients';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format';
import { Done, ErrorNotice, useAction } from './abb-shared';

/**
 * The simulated programme date, which every service follows: ABB moves it forward to try deadlines and reminders.
 * Only outside production; there the page only shows the date.
 */
export const AbbClockPage = () => {
  const clock = useQuery({ queryKey: ['programme-clock'], queryFn: () => dataOf(applications.GET('/programme-clock')) });
  const [to, setTo] = useState('');
  const [forwardBy, setForwardBy] = useState('');
  const move = useAction(
    () => dataOf(applications.POST('/programme-clock', { body: to.trim() !== '' ? { to: to.trim() } : { forwardBy: forwardBy.trim() } })),
    ['programme-clock'],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate(undefined);
  };
  return (
    <>
      <h1>Datum van het programma</h1>
      <ErrorNotice error={clock.error} />
      {clock.data ? (
        <p className="vl-lead">
          Het programma staat op <strong>{formatDateTime(clock.data.now)}</strong>.
        </p>
      ) : (
        <p>Datum laden…</p>
      )}
      {clock.data?.movable === false ? (
        <p>In productie volgt het programma de echte datum; die kan je niet verzetten.</p>
      ) : clock.data ? (
        <section aria-labelledby="verzetten" className="vl-card">
          <h2 id="verzetten">Datum verzetten</h2>
          <p className="vl-hint">Alleen voor test- en ontwikkelomgevingen. Alle diensten volgen binnen een seconde.</p>
          <form onSubmit={submit}>
            <TextField label="Naar datum" description="JJJJ-MM-DD of een datum en tijd (ISO 8601)" value={to} onChange={setTo} />
            <TextField
              label="Of vooruit met"
              description="Bijvoorbeeld 30d (dagen), 2w (weken), 12h (uren)"
              value={forwardBy}
              onChange={setForwardBy}
            />
            <Button type="submit" isDisabled={move.isPending || (to.trim() === '' && forwardBy.trim() === '')}>
              Datum verzetten
            </Button>
          </form>
          <ErrorNotice error={move.error} />
          {move.isSuccess ? (
            <Done>
              Verzet van {formatDateTime(move.data.movedFrom)} naar {formatDateTime(move.data.movedTo)}.
            </Done>
          ) : null}
        </section>
      ) : null}
    </>
  );
};
