/**
 * Every layer, bottom to top, and which of them the layer toggles and clicks
 * reach. Layer styles are typed constants in one file per group; they are
 * mounted once and afterwards only their dynamic parts change: feature-state
 * (choropleth class, dimming), the data of the two small outline sources and
 * of the posts source (the posts the filter shows), the label language and
 * layout visibility.
 */
import { contextHosting, contextLabels, contextOrigin } from './context';
import { countriesFill, neutralBorder, ocean } from './countries';
import { labels } from './labels';
import { focusEdge, focusMigration, focusReception, hover, programmeMatch, selected, selectedCasing } from './outlines';
import { postsClosed, postsClusterCount, postsClusters, postsCollision, postsOpen } from './posts';
import { routesArrows, routesCasing, routesLine, routesLineNoFigure } from './routes';

/** Bottom to top. */
export const LAYERS = [
  ocean,
  countriesFill,
  neutralBorder,
  focusEdge,
  focusReception,
  focusMigration,
  programmeMatch,
  hover,
  selectedCasing,
  selected,
  routesCasing,
  routesLine,
  routesLineNoFigure,
  routesArrows,
  labels,
  contextHosting,
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
  routes: [routesCasing.id, routesLine.id, routesLineNoFigure.id, routesArrows.id],
  labels: [labels.id],
  context: [contextHosting.id, contextOrigin.id, contextLabels.id],
} as const;

/** Layers a click can hit, most specific first. */
export const CLICKABLE = [
  postsClusters.id,
  postsOpen.id,
  postsClosed.id,
  routesLine.id,
  routesLineNoFigure.id,
  countriesFill.id,
];
