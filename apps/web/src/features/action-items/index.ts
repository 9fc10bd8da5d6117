import '../../shared/theme/case-work.css';
import { createElement } from 'react';
import type { Feature } from '../../shared/navigation';
import { MyActionItemsPage } from './MyActionItemsPage';

export const actionItemsFeature: Feature = {
  routes: [{ path: '/actiepunten', element: createElement(MyActionItemsPage) }],
  navigation: [{ to: '/actiepunten', label: 'Mijn actiepunten', visibleTo: (me) => Boolean(me.discipline) || me.roles.includes('PROFESSIONAL') }],
};
