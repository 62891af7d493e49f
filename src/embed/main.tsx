/**
 * Entry of embed.html: the same store, URL reading and data loading as the
 * app (src/main.tsx), without the service worker registration (a page framed
 * by another site should not install one) and with EmbedApp instead of App.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startDataLoading } from '../app/dataLoading';
import { useAppStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { EmbedApp } from './EmbedApp';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../app/app.css';
import './embed.css';

setWorkerUrl(workerUrl);

startUrlSync(useAppStore, window);
startDataLoading(useAppStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
