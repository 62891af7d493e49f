/**
 * Words around values, shared by the panel and the charts: the report's
 * hedges, the size words, and the vague dates. Dutch as the report writes them.
 */
const nl = {
  approx: 'ca.',
  moreThan: 'meer dan',
  almost: 'bijna',
  max: 'max.',
  tensOfThousands: 'tienduizenden',
  million: 'mln',
  billion: 'mld',
  /** Shown where the report gives no value. */
  notGiven: '–',
  midYear: (year: string) => `medio ${year}`,
};

const en: typeof nl = {
  approx: 'about',
  moreThan: 'more than',
  almost: 'almost',
  max: 'max.',
  tensOfThousands: 'tens of thousands',
  million: 'million',
  billion: 'billion',
  notGiven: '–',
  midYear: (year: string) => `mid-${year}`,
};

export const VALUE_WORDS = { nl, en };
