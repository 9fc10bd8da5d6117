import type { ReactNode } from 'react';
import type { CurrentUser } from './auth/me';

/** A screen a feature adds to the signed-in app (path relative to `/`). */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
}

/** A link in the main navigation, shown to the users it is for. */
export interface NavigationItem {
  to: string;
  label: string;
  visibleTo(me: CurrentUser): boolean;
}

/** Everything a feature contributes to the app shell (see src/app/features.ts). */
export interface Feature {
  routes: FeatureRoute[];
  navigation: NavigationItem[];
}
