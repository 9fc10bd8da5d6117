import '../../shared/theme/case-work.css';
import { createElement } from 'react';
import type { Feature } from '../../shared/navigation';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { CaseTablePage } from './CaseTablePage';
import { CaseTablesPage } from './CaseTablesPage';

/** Case tables (casustafels) and their cases, for the people who sit at a table. */
const sitsAtTables = (me: { discipline?: string | null; roles: readonly string[] }) => Boolean(me.discipline) || me.roles.includes('PROFESSIONAL');

export const caseTablesFeature: Feature = {
  routes: [
    { path: '/casustafels', element: createElement(CaseTablesPage) },
    { path: '/casustafels/:tableId', element: createElement(CaseTablePage) },
    { path: '/casussen', element: createElement(CasesPage) },
    { path: '/casussen/:caseId', element: createElement(CasePage) },
  ],
  navigation: [
    { to: '/casustafels', label: 'Casustafels', visibleTo: sitsAtTables },
    { to: '/casussen', label: 'Casussen', visibleTo: sitsAtTables },
  ],
};
