/**
 * The strip of key figures under a country's name (design review, finding 9):
 * activities per goal, programmes active and the money the report states for
 * this country alone, in large numbers, so the panel answers before it
 * explains. Only 'this-country' amounts count as the country's money
 * (state/money.ts); other amounts on its programmes are named as such. The
 * counting caveat is said once, behind a disclosure button.
 */
import { useId, useState } from 'react';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { formatEuro } from '../i18n/numbers';
import { useT } from '../state/hooks';
import { countryMoneyInYear } from '../state/money';
import type { CountryPanelModel } from '../state/panelModel';
import type { YearSpan } from '../state/selectors';
import { useAppStore } from '../state/store';
import { DisclosureButton } from './DisclosureButton';
import { useMoneyLabel } from './useMoneyLabels';

type Budget = ReturnType<typeof countryMoneyInYear>['own'][number];

export function KeyFigures({ model, span }: { model: CountryPanelModel; span: YearSpan }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const label = useMoneyLabel();
  const [caveatOpen, setCaveatOpen] = useState(false);
  const caveatId = useId();
  const { props, edition, goals, activity, programmes } = model;
  const { year } = span;
  const country = props[`name_${lang}`];
  const money = countryMoneyInYear(
    programmes.map((v) => v.programme),
    model.iso3,
    span,
  );
  const amount = ({ line }: Budget) => hedge(formatEuro(line.amount, lang), line.phase.budget_qualifier, lang);
  const name = ({ programme }: Budget) => programme[`name_${lang}`];
  const totals = edition?.activity_totals.filter((x) => goals.includes(x.goal)) ?? [];

  return (
    <section className="key-figures" aria-label={t('keyFigures')}>
      <ul>
        {activity.kind === 'no-data-year' ? (
          <li className="key-figure" data-key="activities">
            <span className="key-label">{t('activities')}</span>
            <span className="key-value is-words">{t('keyNoCount', { year })}</span>
          </li>
        ) : (
          goals.map((g) => {
            const n = activity.kind === 'count' ? activity.byGoal[g] : undefined;
            return (
              <li key={g} className="key-figure" data-key="activities" data-goal={g}>
                <span className={n === undefined ? 'key-value is-words' : 'key-value'}>{n ?? t('keyNone')}</span>
                <span className="key-label">{t('keyActivities', { goal: t(g).toLowerCase() })}</span>
              </li>
            );
          })
        )}
        <li className="key-figure" data-key="programmes">
          <span className="key-value">{programmes.length}</span>
          <span className="key-label">{t('keyProgrammes', { n: programmes.length, year })}</span>
        </li>
        {money.own.length === 0 ? (
          <li className="key-figure" data-key="money" data-own="false">
            <span className="key-value is-words">{t('keyNoMoney')}</span>
            <span className="key-label">{t('keyNoMoneyFor', { country, year })}</span>
          </li>
        ) : (
          money.own.map((b) => (
            <li
              key={`${b.programme.id}-${b.line.phase.name_en}`}
              className="key-figure"
              data-key="money"
              data-own="true"
            >
              <span className="key-value">{amount(b)}</span>
              <span className="key-label">
                {t('keyMoneyFor', { country, year })} · {name(b)}
              </span>
            </li>
          ))
        )}
      </ul>
      {money.others.length > 0 && (
        <p className="key-note">
          {t('keyMoneyOthers', {
            country,
            amounts: formatList(
              money.others.map((b) => {
                const whose = label(b.line.whose, b.programme);
                return `${amount(b)} (${name(b)}${whose ? `; ${whose}` : ''})`;
              }),
              lang,
            ),
          })}
        </p>
      )}
      {edition && activity.kind !== 'no-data-year' && (
        <>
          <DisclosureButton open={caveatOpen} onToggle={setCaveatOpen} controls={caveatId} className="key-info">
            <span className="key-info-icon" aria-hidden="true">
              i
            </span>{' '}
            {t('keyCountingInfo')}
          </DisclosureButton>
          <p className="caveat" id={caveatId} hidden={!caveatOpen}>
            {t('activitiesCaveat', {
              totals: formatList(
                totals.map((x) => `${x.total} (${t(x.goal).toLowerCase()})`),
                lang,
              ),
            })}{' '}
            {totals.map((x) => x[`note_${lang}`]).join(' ')}
          </p>
        </>
      )}
    </section>
  );
}
