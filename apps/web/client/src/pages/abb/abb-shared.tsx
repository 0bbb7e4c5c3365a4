import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/clients';

/** What a refused call says, in the page: the service's own detail (its problems name the field). */
export const ErrorNotice = ({ error }: { error: Error | null }) =>
  error === null ? null : (
    <p role="alert" className="vl-alert">
      {error instanceof ApiError && error.status === 403 ? 'Je hebt geen toegang tot deze actie.' : `Niet gelukt: ${error.message}`}
    </p>
  );

/** A polite live region: screen readers hear that an action succeeded without losing their place. */
export const Done = ({ children }: { children: ReactNode }) => (
  <p role="status" className="vl-done">
    {children}
  </p>
);

/** A mutation that refreshes the queries whose keys start with one of `refresh` once it succeeded. */
export const useAction = <V, R>(run: (variables: V) => Promise<R>, refresh: string[]) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await Promise.all(refresh.map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
};

/** Euro typed by a person (1.234,56 or 1234.56) as integer cents; undefined when it is no amount. */
export const parseEuro = (text: string): number | undefined => {
  const cleaned = text.replace(/[€\s]/g, '');
  const normalised = /,\d{1,2}$/.test(cleaned) ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 100);
};

export const PROJECT_YEARS = [1, 2, 3] as const;
