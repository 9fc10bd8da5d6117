import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import { useApiQuery } from '../../shared/graphql/hooks';
import { CASE_TABLE_KIND, TABLE_ROLE } from '../../shared/i18n/case-tables';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { TextField } from '../../shared/ui/FormControls';
import { LoadingState } from '../../shared/ui/LoadingState';
import { usePageTitle } from '../../shared/ui/page-title';

const CaseTablesDocument = graphql(`
  query CaseTables {
    caseTables {
      id
      name
      kind
      legalBasis
      myRole
    }
  }
`);

/** The case tables you sit at, with a search on name and legal basis (the list is short and holds no personal data). */
export function CaseTablesPage() {
  usePageTitle('Casustafels');
  return (
    <div className="vangrail-stack">
      <Heading1>Casustafels</Heading1>
      <PurposeGate purposes={['CASUSOVERLEG']}>{() => <CaseTableList />}</PurposeGate>
    </div>
  );
}

function CaseTableList() {
  const [search, setSearch] = useState('');
  const { data, error } = useApiQuery(CaseTablesDocument, {}, { purpose: 'CASUSOVERLEG' });
  if (error) return <ApiErrorNotice error={error} />;
  const needle = search.trim().toLocaleLowerCase('nl');
  const tables = (data?.caseTables ?? []).filter((table) => !needle || `${table.name} ${table.legalBasis}`.toLocaleLowerCase('nl').includes(needle));
  return (
    <>
      <search className="vangrail-search">
        <TextField type="search" label="Zoek een casustafel" description="Op naam of grondslag." value={search} onChange={setSearch} />
      </search>
      {!data ? <LoadingState label="De casustafels worden geladen…" /> : (
        <>
          <Paragraph role="status">{tables.length === 1 ? '1 casustafel' : `${tables.length} casustafels`}{needle ? ` gevonden voor “${search.trim()}”` : ''}</Paragraph>
          {tables.length ? (
            <ul className="vangrail-card-list" aria-label="Jouw casustafels">
              {tables.map((table) => (
                <li key={table.id} className="vangrail-card">
                  <Heading2 className="vangrail-card__title">
                    <RouterLink className="utrecht-link" to={`/casustafels/${table.id}`}>{table.name}</RouterLink>
                  </Heading2>
                  <Paragraph>{CASE_TABLE_KIND[table.kind].label}{table.myRole ? ` · jij bent ${TABLE_ROLE[table.myRole].toLocaleLowerCase('nl')}` : ''}</Paragraph>
                  <Paragraph className="vangrail-muted">Grondslag: {table.legalBasis}</Paragraph>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{needle ? 'Geen casustafel gevonden. Zoek op een ander woord.' : 'Je zit (nog) aan geen casustafel.'}</Paragraph>
          )}
        </>
      )}
    </>
  );
}
