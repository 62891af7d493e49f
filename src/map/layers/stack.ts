/**
 * Every layer, bottom to top, and which of them the layer toggles and clicks
 * reach. Layer styles are typed constants in one file per group; they are
 * mounted once and afterwards only their dynamic parts change: feature-state
 * (choropleth class, dimming), the data of the two small outline sources and
 * of the posts source (the posts the filter shows), the label language and
 * layout visibility.
 */
import { contextHosting, contextLabels, contextOrigin, contextOriginEdge } from './context';
import { countriesFill, neutralBorder, ocean } from './countries';
import { labels } from './labels';
import {
  focusEdge,
  focusEdgeBoth,
  focusMigration,
  focusMigrationBoth,
  focusReception,
  hover,
  programmeMatch,
  selected,
  selectedCasing,
} from './outlines';
import { postsClosed, postsClusterCount, postsClusters, postsCollision, postsOpen } from './posts';
import { routesCasing, routesLine, routesMarks } from './routes';

/** Bottom to top. */
export const LAYERS = [
  ocean,
  countriesFill,
  neutralBorder,
  focusEdge,
  focusEdgeBoth,
  focusReception,
  focusMigration,
  focusMigrationBoth,
  programmeMatch,
  hover,
  selectedCasing,
  selected,
  routesCasing,
  routesLine,
  labels,
  // Above the country names: symbols are placed top first, so a name gives way to a route's figure.
  routesMarks,
  contextHosting,
  contextOriginEdge,
  contextOrigin,
  contextLabels,
  postsOpen,
  postsClosed,
  postsCollision,
  postsClusters,
  postsClusterCount,
] as const;

/** Which layers each toggle shows or hides. */
export const TOGGLE_LAYERS = {
  posts: [postsOpen.id, postsClosed.id, postsCollision.id, postsClusters.id, postsClusterCount.id],
  routes: [routesCasing.id, routesLine.id, routesMarks.id],
  labels: [labels.id],
  context: [contextHosting.id, contextOriginEdge.id, contextOrigin.id, contextLabels.id],
} as const;

/** Layers a click can hit, most specific first. */
// A route answers on its casing (1.5 px wider each side than the line: a thin route is hard to hit) and its marks.
export const CLICKABLE = [
  postsClusters.id,
  postsOpen.id,
  postsClosed.id,
  routesMarks.id,
  routesCasing.id,
  countriesFill.id,
];
