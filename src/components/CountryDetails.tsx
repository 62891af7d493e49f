/** Everything the report says about one country for the current filters, each with its source. */
import { type RefObject, useDeferredValue, useMemo } from 'react';
import { useFilterContext, useT } from '../state/hooks';
import { countryPanelModel } from '../state/panelModel';
import { useAppStore } from '../state/store';
import { CountrySections } from './CountrySections';
import { KeyFigures } from './KeyFigures';

export function CountryDetails({
  iso3,
  headingRef,
  immediate = false,
}: {
  iso3: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Render the long sections at once (the printed fiche), not after the map's frame. */
  immediate?: boolean;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const filters = useFilterContext();
  const view = useMemo(() => {
    const model = filters ? countryPanelModel(data, filters, iso3) : null;
    return model && filters ? { model, filters } : null;
  }, [data, filters, iso3]);
  // The name and key figures render now; the long sections in a render React may interrupt
  // for the map's frame. Until then (or while they still show another country) nothing stands there.
  const deferred = useDeferredValue(view, immediate ? view : null);
  const later = immediate ? view : deferred?.model.iso3 === iso3 ? deferred : null;
  if (!view)
    return (
      <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
        {iso3}
      </h2>
    );
  const { model, filters: span } = view;
  const { props, nothing } = model;

  return (
    <div className="details" data-iso3={iso3}>
      <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
        {props[`name_${lang}`]}
      </h2>
      {props.neutral && <p>{t('neutralArea')}</p>}
      {nothing && <p className="nothing">{t('nothingReported')}</p>}
      {!props.neutral && !nothing && <KeyFigures model={model} span={span} />}

      {later ? <CountrySections model={later.model} filters={later.filters} /> : <div aria-busy="true" />}
    </div>
  );
}
