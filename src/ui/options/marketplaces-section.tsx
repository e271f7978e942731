import type { MarketplaceId } from '../../model/marketplace';
import { useMessages } from '../i18n/use-messages';
import type { SectionProps } from './section-props';

/** The marketplaces ClaimKit knows by name; 'generic' (any other shop) has no switch of its own. */
const MARKETPLACES = ['aliexpress', 'amazon', 'ebay', 'temu', 'ozon', 'wildberries'] as const satisfies readonly MarketplaceId[];

export function MarketplacesSection({ form, update, idFor }: SectionProps) {
  const { t } = useMessages();
  const headingId = `${idFor('form')}-marketplaces`;
  const disabled = new Set<MarketplaceId>(form.disabledMarketplaces);
  const toggle = (id: MarketplaceId, on: boolean) =>
    update({ disabledMarketplaces: on ? form.disabledMarketplaces.filter((m) => m !== id) : [...form.disabledMarketplaces, id] });
  return (
    <section className="card options-section" aria-labelledby={headingId} aria-describedby={`${headingId}-note`}>
      <h2 id={headingId}>{t('marketplacesTitle')}</h2>
      <p id={`${headingId}-note`} className="muted">
        {t('marketplacesNote')}
      </p>
      <div className="choices">
        {MARKETPLACES.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" checked={!disabled.has(id)} onChange={(event) => toggle(id, event.currentTarget.checked)} />
            {t(`marketplace_${id}`)}
          </label>
        ))}
      </div>
    </section>
  );
}
