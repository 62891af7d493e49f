import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startOffline } from './app/offline';
import { startDataLoading } from './state/dataLoading';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';

// The bundled worker must be named explicitly, or the map never loads.
setWorkerUrl(workerUrl);

startUrlSync(useAppStore, window);
startDataLoading(useAppStore);
startOffline(useAppStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
