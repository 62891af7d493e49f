import { beforeAll, expect, test } from 'vitest';
import { formatLongDate, formatMonthYear } from '../../../src/i18n/dates';
import { formatPeriod } from '../../../src/i18n/periods';
import { expectAmsterdamTime } from '../charts/helpers';

beforeAll(expectAmsterdamTime);

test('periods never shift with the time zone', () => {
  expect(formatPeriod('2022-10-01/2023-09-30', 'nl')).toBe('1 oktober 2022 – 30 september 2023');
  expect(formatPeriod('2022-10-01/2023-09-30', 'en')).toBe('1 October 2022 – 30 September 2023');
  expect(formatPeriod('mid-2022/mid-2023', 'nl')).toBe('medio 2022 – medio 2023');
  expect(formatPeriod('mid-2022/mid-2023', 'en')).toBe('mid-2022 – mid-2023');
  expect(formatPeriod('2016/2024', 'en')).toBe('2016–2024');
  expect(formatPeriod('2023', 'en')).toBe('2023');
  expect(formatPeriod(null, 'nl')).toBe('–');
});

test('a month and year, or the year alone when the month is unknown', () => {
  expect(formatMonthYear(2023, 1, 'nl')).toBe('januari 2023');
  expect(formatMonthYear(2023, 12, 'en')).toBe('December 2023');
  expect(formatMonthYear(2023, null, 'en')).toBe('2023');
});

test('the long date an export is stamped with', () => {
  const day = new Date(Date.UTC(2026, 10, 30, 12));
  expect(formatLongDate(day, 'nl')).toBe('30 november 2026');
  expect(formatLongDate(day, 'en')).toBe('30 November 2026');
});
