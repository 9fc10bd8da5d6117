import type { Feature } from '../../shared/navigation';
import { MySignalsPage } from './MySignalsPage';
import { SignalFormPage } from './SignalFormPage';

/** Flagging signals and following them up (every professional; purpose SIGNALERING). */
export const signalsFeature: Feature = {
  routes: [
    { path: '/signalen/nieuw', element: <SignalFormPage /> },
    { path: '/signalen', element: <MySignalsPage /> },
  ],
  navigation: [
    { to: '/signalen/nieuw', label: 'Signaal melden', visibleTo: (me) => me.roles.includes('PROFESSIONAL') },
    { to: '/signalen', label: 'Mijn signalen', visibleTo: (me) => me.roles.includes('PROFESSIONAL') },
  ],
};
