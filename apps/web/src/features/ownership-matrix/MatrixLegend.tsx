import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/messages';

// Each swatch wears the same classes as the cells it explains, so the legend cannot drift from the grid.
const SWATCHES: readonly { readonly kind: string; readonly className: string; readonly label: MessageKey }[] = [
  { kind: 'lead', className: 'cell-lead', label: 'matrixLegendLead' },
  { kind: 'presumed', className: 'cell-presumed', label: 'matrixLegendPresumed' },
  { kind: 'shared', className: 'cell-shared', label: 'matrixLegendShared' },
  { kind: 'inferred', className: 'cell-inferred cell-has-inferred', label: 'matrixLegendInferred' },
  { kind: 'mixed', className: 'cell-lead cell-has-inferred', label: 'matrixLegendMixed' },
];

/** What the outlines and hatching of the matrix cells mean; inferred kinds only when inferred ownership is shown. */
export function MatrixLegend({ includeInferred }: { includeInferred: boolean }) {
  const { t } = useI18n();
  const swatches = includeInferred ? SWATCHES : SWATCHES.filter((swatch) => swatch.kind !== 'inferred' && swatch.kind !== 'mixed');
  return (
    <ul className="matrix-legend" data-testid="matrix-legend" aria-label={t('matrixLegend')}>
      {swatches.map((swatch) => (
        <li key={swatch.kind} data-kind={swatch.kind}>
          <span className={`matrix-swatch ${swatch.className}`} aria-hidden="true" />
          {t(swatch.label)}
        </li>
      ))}
    </ul>
  );
}
