import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startOffline } from './app/offline';
import { EmbedApp } from './embed/EmbedApp';
import { loadMapController } from './map/loadMapController';
import { startDataLoading } from './state/dataLoading';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import './app/app.css';

// embed.html (src/embed) loads this same entry, so both pages share one bundle; it says which it is.
const embed = document.documentElement.dataset.page === 'embed';

startUrlSync(useAppStore, window);
startDataLoading(useAppStore);
// MapLibre downloads beside the data; the first render does not wait for it (map/loadMapController.ts).
// A failure here is MapView's to report, when it asks again.
loadMapController().catch(() => undefined);
// A page framed by other sites does not install a service worker.
if (!embed) startOffline(useAppStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{embed ? <EmbedApp /> : <App />}</StrictMode>);
}
