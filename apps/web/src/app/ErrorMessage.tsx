import type { ApiError } from '../api/graphql-request';
import { useI18n } from '../i18n/I18nContext';

/** An error as the user should see it: the API's code, its message and, where it helps, a way to try again. */
export function ErrorMessage({ error, onRetry, onDismiss }: { error: Pick<ApiError, 'code' | 'message'>; onRetry?: () => void; onDismiss?: () => void }) {
  const { t, language } = useI18n();
  return (
    <div className="error-message" role="alert" data-testid="error-message">
      {/* The API's code (BAD_USER_INPUT …) is an identifier: English shows it, Chinese says 错误 and keeps it in data-code. */}
      <strong className="error-code" data-code={error.code}>
        {language === 'en' ? error.code : t('error')}
      </strong>{' '}
      <span className="error-text">{error.message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss} aria-label={t('dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
