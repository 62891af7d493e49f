/**
 * Every interface message, in Dutch (default) and English, gathered from one
 * file per area. Each area types English as `English<typeof nl>`, so a key
 * missing in either language is a compile error. The charts' messages (messages/charts.ts)
 * are not gathered here: only the lazily loaded chart chunk imports them.
 */
import { APP_MESSAGES } from './app';
import { BRIEFING_MESSAGES } from './briefing';
import { FILTERS_MESSAGES } from './filters';
import { FRAMING_MESSAGES } from './framing';
import { MAP_MESSAGES } from './map';
import { PANEL_MESSAGES } from './panel';
import { PHONE_MESSAGES } from './phone';
import type { English } from './shape';
import { TABLE_MESSAGES } from './table';

/** The areas, by name; a key must be unique across them (tests/unit/i18n/messages.test.ts). */
export const AREAS = {
  app: APP_MESSAGES,
  filters: FILTERS_MESSAGES,
  map: MAP_MESSAGES,
  panel: PANEL_MESSAGES,
  table: TABLE_MESSAGES,
  briefing: BRIEFING_MESSAGES,
  framing: FRAMING_MESSAGES,
  phone: PHONE_MESSAGES,
};

const nl = {
  ...APP_MESSAGES.nl,
  ...FILTERS_MESSAGES.nl,
  ...MAP_MESSAGES.nl,
  ...PANEL_MESSAGES.nl,
  ...TABLE_MESSAGES.nl,
  ...BRIEFING_MESSAGES.nl,
  ...FRAMING_MESSAGES.nl,
  ...PHONE_MESSAGES.nl,
};

/** Dutch with its literal texts: their {placeholders} type the values t() takes. */
export type Messages = typeof nl;
export type MessageKey = keyof Messages;

const en: English<Messages> = {
  ...APP_MESSAGES.en,
  ...FILTERS_MESSAGES.en,
  ...MAP_MESSAGES.en,
  ...PANEL_MESSAGES.en,
  ...TABLE_MESSAGES.en,
  ...BRIEFING_MESSAGES.en,
  ...FRAMING_MESSAGES.en,
  ...PHONE_MESSAGES.en,
};

export const MESSAGES = { nl, en };
