/** Presentation mode, the story and the exports. */
import type { English } from './shape';

const nl = {
  present: 'Presenteren',
  presentLabel: 'Presentatie starten',
  presentation: 'Presentatie',
  sceneOf: 'Scène {n} van {total}',
  exitPresentation: 'Presentatie verlaten (Esc)',
  nextScene: 'Volgende scène',
  previousScene: 'Vorige scène',
  presentHelp: 'Pijltjes, PageUp/PageDown, spatie en Backspace bladeren; Home/End; Esc verlaat.',
  story: 'Verhaal',
  addToStory: 'Huidige weergave aan verhaal toevoegen',
  exportStory: 'Verhaal exporteren (scenes.json)',
  downloadPng: 'Download PNG (1920×1080)',
  downloadPng2x: 'Download PNG (2×)',
  exportAllScenes: 'Alle scènes als PNG (zip)',
  exporting: 'Bezig met exporteren…',
  exportFailed: 'Export mislukt: {why}',
  sceneAdded: 'Weergave toegevoegd als scène {n}.',
  newSceneTitle: 'Eigen weergave {n}',
  exportDate: 'Gemaakt op {date}',
  print: 'Landblad afdrukken',
  // Embeds (components/EmbedMenu, embed/EmbedApp)
  embed: 'Insluiten',
  embedHelp: 'Zet deze weergave in een andere webpagina met deze code:',
  embedCopy: 'Code kopiëren',
  embedCopied: 'Gekopieerd.',
  embedOpen: 'Open in Migratiekaart ↗',
  embedOpenLabel: 'Deze kaart openen in de volledige Migratiekaart (nieuw tabblad)',
} as const;

const en: English<typeof nl> = {
  present: 'Present',
  presentLabel: 'Start presentation',
  presentation: 'Presentation',
  sceneOf: 'Scene {n} of {total}',
  exitPresentation: 'Leave presentation (Esc)',
  nextScene: 'Next scene',
  previousScene: 'Previous scene',
  presentHelp: 'Arrows, PageUp/PageDown, Space and Backspace step; Home/End; Esc leaves.',
  story: 'Story',
  addToStory: 'Add current view to the story',
  exportStory: 'Export story (scenes.json)',
  downloadPng: 'Download PNG (1920×1080)',
  downloadPng2x: 'Download PNG (2×)',
  exportAllScenes: 'All scenes as PNG (zip)',
  exporting: 'Exporting…',
  exportFailed: 'Export failed: {why}',
  sceneAdded: 'View added as scene {n}.',
  newSceneTitle: 'Own view {n}',
  exportDate: 'Made on {date}',
  print: 'Print country sheet',
  // Embeds (components/EmbedMenu, embed/EmbedApp)
  embed: 'Embed',
  embedHelp: 'Put this view in another web page with this code:',
  embedCopy: 'Copy code',
  embedCopied: 'Copied.',
  embedOpen: 'Open in Migratiekaart ↗',
  embedOpenLabel: 'Open this map in the full Migratiekaart (new tab)',
};

export const BRIEFING_MESSAGES = { nl, en };
