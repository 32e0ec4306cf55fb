// Stardex's own per-save field: ask Stardex to enrich the record (its default comes from the options page).
import { t } from '@/lib/i18n';
import { stardex, stardexOptionsSchema, type StardexOptions } from '@/lib/vendors/stardex';
import type { VendorFieldsProps } from '@/lib/vendors/ui-types';

export function StardexFields(props: VendorFieldsProps<unknown>) {
  const { publicSettings, disabled, onOptionsChange } = props;
  const parsed = stardexOptionsSchema.safeParse(props.options);
  const options: StardexOptions = parsed.success ? parsed.data : stardex.defaultOptions(publicSettings);
  return (
    <label className="flex items-start gap-2 text-xs">
      <input
        type="checkbox"
        data-testid="stardex-enrich"
        checked={options.enrichRecord}
        disabled={disabled}
        onChange={(e) => onOptionsChange({ ...options, enrichRecord: e.target.checked })}
      />
      <span>
        {t('stardex.fields.enrich')}
        <span className="block text-slate-600 dark:text-slate-400">{t('stardex.fields.enrichHint')}</span>
      </span>
    </label>
  );
}
