import type { Feature } from '../../shared/navigation';

/** The start page's own entry (its screen is rendered by the app shell with the whole navigation). */
export const homeFeature: Feature = {
  routes: [],
  navigation: [{ to: '/', label: 'Start', visibleTo: () => true }],
};

export { HomePage } from './HomePage';
