import type { Feature } from '../../shared/navigation';
import { DeliveryPage } from './DeliveryPage';
import { WorkQueuePage } from './WorkQueuePage';

/** Inspectors' triage of the signals routed to their discipline (purpose SIGNAALBEOORDELING). */
export const inboxFeature: Feature = {
  routes: [
    { path: '/werkvoorraad', element: <WorkQueuePage /> },
    { path: '/werkvoorraad/:id', element: <DeliveryPage /> },
  ],
  navigation: [{ to: '/werkvoorraad', label: 'Werkvoorraad', visibleTo: (me) => me.roles.includes('INSPECTOR') && me.discipline !== null }],
};
