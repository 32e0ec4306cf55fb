import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { t } from '@/lib/i18n';

interface Props {
  error: AppError;
  onRetry?: () => void;
  /**
   * False where the extension itself acts next (a save it retries by itself): the error's "what to do" asks the user
   * to try again by hand, which the line beside it contradicts.
   */
  withAction?: boolean;
}

/** One place that shows an AppError: what happened, what to do, and a retry when it can help. */
export function ErrorNotice({ error, onRetry, withAction = true }: Props) {
  const text = describeError(error);
  const testId = error.code === 'not-profile' ? 'state-not-profile' : 'state-error';
  return (
    <div
      role="alert"
      data-testid={testId}
      data-reason={error.reason}
      data-code={error.code}
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{text.title}</p>
      {withAction && <p className="mt-1">{text.action}</p>}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 rounded-md bg-amber-200 px-2 py-1 text-xs font-medium hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-600 dark:bg-amber-800 dark:hover:bg-amber-700"
        >
          {t('common.readAgain')}
        </button>
      )}
    </div>
  );
}
