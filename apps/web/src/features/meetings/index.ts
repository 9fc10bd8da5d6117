import '../../shared/theme/case-work.css';
import { createElement } from 'react';
import type { Feature } from '../../shared/navigation';
import { MeetingPage } from './MeetingPage';
import { MinutesPage } from './MinutesPage';

/** Meetings (overleggen) of a case table; reached from the table page, so no menu entry. */
export const meetingsFeature: Feature = {
  routes: [
    { path: '/casustafels/:tableId/overleggen/:meetingId', element: createElement(MeetingPage) },
    { path: '/casustafels/:tableId/overleggen/:meetingId/verslag', element: createElement(MinutesPage) },
  ],
  navigation: [],
};
