import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startOffline } from './app/offline';
import { EmbedApp } from './embed/EmbedApp';
import { startDataLoading } from './state/dataLoading';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';

// The bundled worker must be named explicitly, or the map never loads.
setWorkerUrl(workerUrl);

// embed.html (src/embed) loads this same entry, so both pages share one bundle; it says which it is.
const embed = document.documentElement.dataset.page === 'embed';

startUrlSync(useAppStore, window);
startDataLoading(useAppStore);
// A page framed by other sites does not install a service worker.
if (!embed) startOffline(useAppStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{embed ? <EmbedApp /> : <App />}</StrictMode>);
}
