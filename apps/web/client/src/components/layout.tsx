import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { currentSession, signOut } from '../api/session';
import { Button } from './button';
import { Nav, type NavItem } from './nav';

const ROLE_NAMES = { abb: 'Medewerker ABB', government: 'Lokaal bestuur', mentor: 'Mentor' } as const;

const navItems = (): NavItem[] => {
  const user = currentSession().user;
  if (user?.role === 'abb')
    return [
      { to: '/abb', label: 'Dashboard programma', exact: true },
      { to: '/abb/oproepen', label: 'Oproepen' },
      { to: '/abb/geld', label: 'Budget en geld' },
      { to: '/abb/betalingen', label: 'Betalingen' },
      { to: '/abb/rapporten', label: 'Rapporten' },
      { to: '/abb/termijnen', label: 'Termijnen' },
      { to: '/abb/register', label: 'Register' },
      { to: '/abb/berichten', label: 'Verzonden berichten' },
      { to: '/abb/sjablonen', label: 'Sjablonen' },
      { to: '/abb/datum', label: 'Datum programma' },
    ];
  if (user?.role === 'government')
    return [
      { to: '/bestuur', label: 'Mijn doelen en status', exact: true },
      { to: '/bestuur/rapporteren', label: 'Rapporteren' },
      { to: '/bestuur/berichten', label: 'Berichten' },
      { to: '/bestuur/netwerken', label: 'Lerende netwerken' },
      { to: '/bestuur/cofinanciering', label: 'Cofinanciering' },
      { to: '/bestuur/wijzigingen', label: 'Wijzigingsaanvragen' },
      { to: '/resultaten', label: 'Resultaten' },
    ];
  if (user?.role === 'mentor')
    return [
      { to: '/mentor', label: 'Mijn lerende netwerken', exact: true },
      { to: '/resultaten', label: 'Resultaten' },
    ];
  if (user === undefined) return [{ to: '/resultaten', label: 'Resultaten van het programma' }];
  return [];
};

/** Every page: skip link, the yellow Flemish header with who is signed in, navigation, content, footer. */
export const Layout = ({ children }: { children: ReactNode }) => {
  const { user } = currentSession();
  const items = navItems();
  return (
    <>
      <a className="vl-skip-link" href="#inhoud">
        Naar de hoofdinhoud
      </a>
      <header className="vl-header">
        <div className="vl-header__inner">
          <Link to="/" className="vl-header__brand">
            <span className="vl-header__logo" aria-hidden="true" />
            <span>
              Vlaanderen <span className="vl-header__app">Plan Samenleven</span>
            </span>
          </Link>
          {user === undefined ? null : (
            <div className="vl-header__user">
              <span>
                {user.name} <span className="vl-header__role">({ROLE_NAMES[user.role]})</span>
              </span>
              <Button variant="secondary" onPress={() => void signOut()}>
                Afmelden
              </Button>
            </div>
          )}
        </div>
        {items.length === 0 ? null : <Nav label="Hoofdnavigatie" items={items} />}
      </header>
      <main id="inhoud" className="vl-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="vl-footer">
        <Link to="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
        <span>Agentschap Binnenlands Bestuur</span>
      </footer>
    </>
  );
};
