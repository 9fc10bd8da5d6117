import { Link as RouterLink } from 'react-router';
import { Heading1, Paragraph } from '@utrecht/component-library-react/css-module';
import { useMe } from '../../shared/auth/me';
import type { NavigationItem } from '../../shared/navigation';
import { usePageTitle } from '../../shared/ui/page-title';

/** The start page: the work this user can do, as links. */
export function HomePage({ navigation }: { navigation: NavigationItem[] }) {
  const me = useMe();
  usePageTitle('Start');
  const items = navigation.filter((item) => item.to !== '/' && item.visibleTo(me));
  return (
    <>
      <Heading1>Welkom, {me.displayName}</Heading1>
      {items.length ? (
        <ul className="vangrail-card-list" aria-label="Wat wil je doen?">
          {items.map((item) => (
            <li key={item.to} className="vangrail-card">
              <RouterLink className="utrecht-link" to={item.to}>{item.label}</RouterLink>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Voor jouw rol zijn hier nog geen schermen.</Paragraph>
      )}
    </>
  );
}
