import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadWebConfig } from './shared/auth/web-config';

const root = createRoot(document.getElementById('root')!);

loadWebConfig().then(
  (config) => root.render(<StrictMode><App config={config} /></StrictMode>),
  () => {
    document.getElementById('root')!.textContent = 'Vangrail is niet bereikbaar. Probeer het later opnieuw.';
  },
);
