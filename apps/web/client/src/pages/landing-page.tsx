import { Link } from '@tanstack/react-router';
import { currentSession, loginUrl } from '../api/session';

/** The front door: sign in, or go on to what the role works on. */
export const LandingPage = ({ signInFailed }: { signInFailed: boolean }) => {
  const { user } = currentSession();
  return (
    <>
      <h1>Plan Samenleven</h1>
      <p className="vl-lead">
        De opvolging van het Plan Samenleven: doelen, subsidies en resultaten van de lokale besturen, voor het Agentschap Binnenlands
        Bestuur en de besturen zelf.
      </p>
      {signInFailed ? (
        <p className="vl-alert vl-alert--error" role="alert">
          Aanmelden is niet gelukt. Probeer het opnieuw.
        </p>
      ) : null}
      {user === undefined ? (
        <p>
          <a className="vl-button vl-button--primary" href={loginUrl('/')}>
            Aanmelden
          </a>
        </p>
      ) : (
        <p>
          Je bent aangemeld als {user.name}.{' '}
          {user.role === 'abb' ? (
            <Link to="/abb" search={{ jaar: 1, niveau: 'objective' }}>
              Naar het dashboard van het programma
            </Link>
          ) : null}
          {user.role === 'government' ? (
            <Link to="/bestuur" search={{ jaar: 1 }}>
              Naar de doelen en status van je bestuur
            </Link>
          ) : null}
          {user.role === 'mentor' ? <span>De pagina&apos;s voor mentoren volgen nog.</span> : null}
        </p>
      )}
    </>
  );
};
