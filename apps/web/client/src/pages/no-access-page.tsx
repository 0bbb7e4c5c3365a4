/** Shown instead of a page the role may not see; the API refuses its data too. */
export const NoAccessPage = () => (
  <>
    <h1>Geen toegang</h1>
    <p>Met de rol waarmee je bent aangemeld heb je geen toegang tot deze pagina.</p>
  </>
);
