import type { ReactNode } from 'react';
import { NavLink, Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react/css-module';
import type { CurrentUser } from '../shared/auth/me';
import { useSession } from '../shared/auth/session';
import { DISCIPLINE, ROLE } from '../shared/i18n/vocabulary';
import type { NavigationItem } from '../shared/navigation';
import { Button } from '../shared/ui/Button';

/** Who you are, where you work and for whom: the header every signed-in screen shows. */
export function Layout({ me, navigation, children }: { me: CurrentUser; navigation: NavigationItem[]; children: ReactNode }) {
  const session = useSession();
  const items = navigation.filter((item) => item.visibleTo(me));
  const role = me.discipline ? DISCIPLINE[me.discipline] : me.roles.map((each) => ROLE[each]).join(', ');
  return (
    <>
      <a className="vangrail-skip-link utrecht-link" href="#inhoud">Direct naar de inhoud</a>
      <header className="vangrail-header">
        <div className="vangrail-header__bar">
          <RouterLink to="/" className="vangrail-header__brand">Vangrail</RouterLink>
          <div className="vangrail-header__user">
            <Paragraph className="vangrail-header__who" aria-label="Ingelogd als">
              <strong>{me.displayName}</strong>
              <br />
              <span>{role}</span>
              {me.organisation ? <> · <span>{me.organisation}</span></> : null}
              {me.organisation !== me.tenantName ? <><br /><span>Omgeving: {me.tenantName}</span></> : null}
            </Paragraph>
            <Button appearance="secondary" onClick={() => void session.signOut()}>Uitloggen</Button>
          </div>
        </div>
        {items.length ? (
          <nav className="vangrail-nav vangrail-header__bar" aria-label="Hoofdmenu">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink className="utrecht-link" to={item.to} end={item.to === '/'}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" className="vangrail-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="vangrail-footer">
        <div className="vangrail-footer__content">
          <Paragraph>Elke inzage van persoonsgegevens wordt met het doel vastgelegd.</Paragraph>
        </div>
      </footer>
    </>
  );
}
