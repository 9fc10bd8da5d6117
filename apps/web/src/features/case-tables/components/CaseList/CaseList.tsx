import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import type { CaseState } from '../../../../gql/schema-types';
import { useApiQuery } from '../../../../shared/graphql/hooks';
import { CASE_STATE, RISK_LEVEL } from '../../../../shared/i18n/case-tables';
import { DISCIPLINE, formatDateTime } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField, TextField } from '../../../../shared/ui/FormControls';
import { LoadingState } from '../../../../shared/ui/LoadingState';

const CasesDocument = graphql(`
  query Cases($filter: CaseFilter) {
    cases(filter: $filter) {
      total
      items {
        id
        reference
        title
        state
        riskLevel
        participatingDisciplines
        updatedAt
      }
    }
  }
`);

const PAGE_SIZE = 20;
const STATES = Object.keys(CASE_STATE) as CaseState[];

/** Waits until typing pauses, so a search does not run (and get audited) per keystroke. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The cases you may see (optionally of one table), searched in the API on reference and neutral
 * title, filtered by state, a page at a time. Links open the case with the same purpose.
 */
export function CaseList({ caseTableId, caption }: { caseTableId?: string; caption: string }) {
  const [search, setSearch] = useState('');
  const [state, setState] = useState<CaseState | ''>('');
  const [page, setPage] = useState(0);
  const settled = useSettled(search.trim());
  useEffect(() => setPage(0), [settled, state]);
  const filter = { caseTableId, search: settled || undefined, states: state ? [state] : undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  const { data, error, isFetching } = useApiQuery(CasesDocument, { filter }, { purpose: 'CASUSOVERLEG', keepPreviousData: true });
  const total = data?.cases.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="vangrail-stack">
      <search className="vangrail-filters" aria-label="Casussen zoeken">
        <TextField type="search" label="Zoek op kenmerk of titel" description="Bijvoorbeeld CT-2026-000012 of een woord uit de titel." value={search} onChange={setSearch} />
        <SelectField label="Fase" value={state} onChange={setState} placeholder="Alle fasen" choices={STATES.map((value) => ({ value, label: CASE_STATE[value] }))} />
      </search>
      {error ? <ApiErrorNotice error={error} /> : null}
      {!data && !error ? <LoadingState label="De casussen worden geladen…" minHeight="12rem" /> : null}
      {data ? (
        <>
          <Paragraph role="status" aria-live="polite">
            {total === 1 ? '1 casus' : `${total} casussen`}
            {settled ? ` gevonden voor “${settled}”` : ''}
            {state ? ` in fase ${CASE_STATE[state].toLocaleLowerCase('nl')}` : ''}
            {isFetching ? ' (bijwerken…)' : ''}
          </Paragraph>
          {data.cases.items.length ? (
            <div className="vangrail-table-scroll" tabIndex={0} role="region" aria-label={caption}>
              <Table>
                <TableCaption className="vangrail-visually-hidden">{caption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Casus</TableHeaderCell>
                    <TableHeaderCell scope="col">Fase</TableHeaderCell>
                    <TableHeaderCell scope="col">Risico</TableHeaderCell>
                    <TableHeaderCell scope="col">Disciplines</TableHeaderCell>
                    <TableHeaderCell scope="col">Laatst gewijzigd</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.cases.items.map((item) => (
                    <TableRow key={item.id}>
                      <TableCell>
                        <RouterLink className="utrecht-link" to={`/casussen/${item.id}?doel=CASUSOVERLEG`}>
                          {item.reference}: {item.title}
                        </RouterLink>
                      </TableCell>
                      <TableCell>{CASE_STATE[item.state]}</TableCell>
                      <TableCell>{RISK_LEVEL[item.riskLevel]}</TableCell>
                      <TableCell>{item.participatingDisciplines.map((d) => DISCIPLINE[d]).join(', ') || 'Nog geen'}</TableCell>
                      <TableCell>{formatDateTime(item.updatedAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : (
            <Paragraph>{settled || state ? 'Geen casus gevonden met deze zoekopdracht.' : 'Er zijn (nog) geen casussen die je mag zien.'}</Paragraph>
          )}
          {pages > 1 ? (
            <nav className="vangrail-actions" aria-label="Pagina's">
              {page > 0 ? <Button onClick={() => setPage((p) => p - 1)}>Vorige pagina</Button> : null}
              <Paragraph>Pagina {page + 1} van {pages}</Paragraph>
              {page + 1 < pages ? <Button onClick={() => setPage((p) => p + 1)}>Volgende pagina</Button> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
