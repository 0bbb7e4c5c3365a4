import type { AuthorizationRequest } from './dev-issuer-authorization.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** Governments of the demo data (scripts/demo), offered as suggestions; any NIS code may be typed. */
const SUGGESTED_GOVERNMENTS = [
  { code: '44021', name: 'Gent' },
  { code: '11002', name: 'Antwerpen' },
  { code: '12025', name: 'Mechelen' },
];

/**
 * The development issuer's sign-in page: the developer picks a role (and the government(s) or network it acts for)
 * where ACM/IDM would ask for a login and a capacity. In Dutch, like the rest of what users see.
 */
export const renderLoginPage = (request: AuthorizationRequest, error?: string): string => {
  const hidden = (name: string, value: string | null): string =>
    value === null ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const hiddenFields = [
    hidden('client_id', request.clientId),
    hidden('redirect_uri', request.redirectUri),
    hidden('scope', request.scope),
    hidden('state', request.state),
    hidden('nonce', request.nonce),
    hidden('code_challenge', request.codeChallenge),
  ].join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden (ontwikkeling) - Plan Samenleven</title>
<style>
  body { font-family: 'Flanders Art Sans', 'Segoe UI', Arial, sans-serif; margin: 0; color: #1d1d1b; }
  header { background: #ffe615; padding: 1rem 2rem; border-bottom: 4px solid #1d1d1b; }
  main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  fieldset { border: 1px solid #cbd2da; margin: 0 0 1rem; padding: 1rem; }
  label { display: block; margin: 0.5rem 0 0.25rem; }
  input[type=text] { font: inherit; padding: 0.4rem; width: 100%; box-sizing: border-box; border: 1px solid #687483; }
  button { font: inherit; background: #1d1d1b; color: #fff; border: 0; padding: 0.6rem 1.2rem; cursor: pointer; }
  :focus-visible { outline: 3px solid #0055cc; outline-offset: 2px; }
  .error { border-left: 4px solid #d2373c; padding: 0.5rem 1rem; background: #fbebec; }
  .hint { color: #4b5563; font-size: 0.9rem; }
</style>
</head>
<body>
<header><strong>Plan Samenleven</strong> - ontwikkelomgeving</header>
<main>
<h1>Aanmelden als ontwikkelaar</h1>
<p>Deze pagina vervangt ACM/IDM op een ontwikkelmachine. Kies de rol waarmee je je aanmeldt.</p>
${error === undefined ? '' : `<p class="error" role="alert">${escapeHtml(error)}</p>`}
<form method="post" action="authorize">
${hiddenFields}
<input type="hidden" name="response_type" value="code"><input type="hidden" name="code_challenge_method" value="S256">
<fieldset>
<legend>Rol</legend>
<label><input type="radio" name="role" value="abb" checked> Medewerker ABB</label>
<label><input type="radio" name="role" value="government"> Lokaal bestuur</label>
<label><input type="radio" name="role" value="mentor"> Mentor van een lerend netwerk</label>
</fieldset>
<label for="org">NIS-code(s) van het lokaal bestuur (bij lokaal bestuur; eerst het eigen bestuur, gescheiden door komma's)</label>
<input type="text" id="org" name="org" list="governments" aria-describedby="org-hint" autocomplete="off">
<p class="hint" id="org-hint">Bijvoorbeeld ${SUGGESTED_GOVERNMENTS.map(({ code, name }) => `${code} (${name})`).join(', ')}.</p>
<datalist id="governments">${SUGGESTED_GOVERNMENTS.map(({ code, name }) => `<option value="${code}">${name}</option>`).join('')}</datalist>
<label for="network">Lerend netwerk (bij mentor)</label>
<input type="text" id="network" name="network" aria-describedby="network-hint" autocomplete="off">
<p class="hint" id="network-hint">Bijvoorbeeld network-A05.</p>
<p><button type="submit">Aanmelden</button></p>
</form>
</main>
</body>
</html>
`;
};
