import { Heading1, Paragraph } from '@utrecht/component-library-react/css-module';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../shared/ui/page-title';

export function SignedOutPage() {
  usePageTitle('Uitgelogd');
  return (
    <div className="vangrail-stack">
      <Heading1>Je bent uitgelogd</Heading1>
      <Paragraph>Sluit ook je browser als je een gedeelde computer gebruikt.</Paragraph>
      <Paragraph><RouterLink className="utrecht-link" to="/inloggen">Opnieuw inloggen</RouterLink></Paragraph>
    </div>
  );
}
