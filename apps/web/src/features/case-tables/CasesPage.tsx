import { Heading1 } from '@utrecht/component-library-react/css-module';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { usePageTitle } from '../../shared/ui/page-title';
import { CaseList } from './components/CaseList/CaseList';

/** Every case you may see, across your tables. */
export function CasesPage() {
  usePageTitle('Casussen');
  return (
    <div className="vangrail-stack">
      <Heading1>Casussen</Heading1>
      <PurposeGate purposes={['CASUSOVERLEG']}>{() => <CaseList caption="Casussen die je mag zien" />}</PurposeGate>
    </div>
  );
}
