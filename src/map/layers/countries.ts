/**
 * The ocean and the countries' fill. The fill reads the choropleth class from
 * feature-state (see ../countryStates.ts: the programme filter's faded
 * countries get class 0), so a filter change never touches the source.
 */
import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import * as palette from '../../theme/palette';
import { PROGRAMME_CLASS_BASE } from '../countryStates';
import { SOURCES } from './sources';

const isNeutral: ExpressionSpecification = ['boolean', ['get', 'neutral'], false];

/**
 * Choropleth class in feature-state `fillClass`: -1 no data for the year, 0
 * none, 1-5 activity classes, 11-14 programme classes (year metric).
 */
const classColor: ExpressionSpecification = [
  'case',
  isNeutral,
  palette.NEUTRAL_AREA,
  [
    'match',
    ['coalesce', ['feature-state', 'fillClass'], 0],
    -1,
    palette.LAND_NO_DATA,
    0,
    palette.LAND_NO_ACTIVITY,
    ...palette.ACTIVITY_CLASSES.flatMap((k, i) => [i + 1, k.color]),
    ...palette.PROGRAMME_CLASSES.flatMap((k, i) => [PROGRAMME_CLASS_BASE + i + 1, k.color]),
    palette.LAND_NO_ACTIVITY,
  ] as unknown as ExpressionSpecification,
];

export const ocean: BackgroundLayerSpecification = {
  id: 'ocean',
  type: 'background',
  paint: { 'background-color': palette.OCEAN },
};

export const countriesFill: FillLayerSpecification = {
  id: 'countries-fill',
  type: 'fill',
  source: SOURCES.countries,
  paint: {
    'fill-color': classColor,
    // Borders are the fill's own hairline pass, drawn anyway for antialiasing:
    // a separate line layer over every border cost ~37 ms a frame in software
    // WebGL. Disputed areas get no hairline; their dashed line is below.
    'fill-outline-color': ['case', isNeutral, palette.NEUTRAL_AREA, palette.BORDER],
  },
};

/**
 * Disputed or unassigned areas (README: boundary policy): grey, with a 1 px
 * dashed border only around them, darker than the country borders (4.5:1 on
 * the white ocean, 3.6:1 on the area's own grey) so the dashes read.
 */
export const neutralBorder: LineLayerSpecification = {
  id: 'countries-neutral-border',
  type: 'line',
  source: SOURCES.countries,
  filter: isNeutral,
  paint: {
    'line-color': palette.NEUTRAL_BORDER,
    'line-width': 1,
    'line-dasharray': [3, 2],
  },
};
