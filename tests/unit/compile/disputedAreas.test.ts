/**
 * The Dutch position on two areas Natural Earth draws by who controls them
 * (README, "Boundary policy"): Crimea is Ukraine's, the Golan Heights are Syria's.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { getWorld } from '../data/helpers';

const world = getWorld();
const areasAt = (lon: number, lat: number) =>
  world.filter((a) => booleanPointInPolygon([lon, lat], a.geometry)).map((a) => a.iso3);

describe('Crimea counts, highlights and clicks as Ukraine', () => {
  it.each([
    ['Simferopol', 34.1, 44.95],
    ['Sevastopol', 33.52, 44.6],
    ['Kerch', 36.47, 45.36],
    ['Dzhankoi', 34.39, 45.71],
  ])('%s is in UKR only', (_name, lon, lat) => {
    expect(areasAt(lon, lat)).toEqual(['UKR']);
  });

  it('Ukraine is one shape with Crimea (joined at Perekop), and Russia keeps the Taman peninsula', () => {
    expect(areasAt(33.7, 46.1)).toEqual(['UKR']); // the Perekop isthmus
    expect(areasAt(37.3, 45.2)).toEqual(['RUS']); // Taman, across the Kerch Strait
  });
});

describe('the Golan Heights count as Syria', () => {
  it.each([
    ['Katzrin', 35.69, 32.99],
    ['Majdal Shams', 35.77, 33.27],
    ['Quneitra', 35.82, 33.13],
  ])('%s is in SYR only', (_name, lon, lat) => {
    expect(areasAt(lon, lat)).toEqual(['SYR']);
  });

  it.each([
    ['Tiberias', 35.53, 32.79],
    ['Haifa', 35.0, 32.8],
    ['Tel Aviv', 34.78, 32.08],
    ['Kiryat Shmona', 35.57, 33.21],
  ])('%s stays in ISR', (_name, lon, lat) => {
    expect(areasAt(lon, lat)).toEqual(['ISR']);
  });
});
