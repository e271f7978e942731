import { openOwnPage } from '../../platform/tabs';
import { useMessages } from '../i18n/use-messages';
import { RemindersChoice } from './reminders-choice';

/**
 * The first-run guide: what ClaimKit does, what it never does with your data, how to keep proof,
 * how reminders work. It asks for nothing up front: the notification permission only when the user
 * turns reminders on here, contact details only when a complaint needs them.
 */
export function WelcomeApp() {
  const { t } = useMessages();
  return (
    <main className="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p className="welcome-lead">{t('welcomeLead')}</p>
      </header>

      <section className="card" aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcomeDoesTitle')}</h2>
        <ol className="welcome-steps">
          <li>{t('welcomeDoesRead')}</li>
          <li>{t('welcomeDoesKeep')}</li>
          <li>{t('welcomeDoesCount')}</li>
          <li>{t('welcomeDoesWrite')}</li>
        </ol>
      </section>

      <section className="card" aria-labelledby="welcome-never">
        <h2 id="welcome-never">{t('welcomeNeverTitle')}</h2>
        <ul>
          <li>{t('welcomeNeverSend')}</li>
          <li>{t('welcomeNeverRead')}</li>
          <li>{t('welcomeNeverCapture')}</li>
        </ul>
      </section>

      <section className="card" aria-labelledby="welcome-capture">
        <h2 id="welcome-capture">{t('welcomeCaptureTitle')}</h2>
        <ul>
          <li>{t('welcomeCaptureIcon')}</li>
          <li>{t('welcomeCaptureMenu')}</li>
          <li>
            {t('welcomeCaptureKey')}{' '}
            {/* Key names as printed on the keys. */}
            <span lang="en">
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>
            </span>
          </li>
          <li>{t('welcomeCaptureOwn')}</li>
        </ul>
      </section>

      <section className="card" aria-labelledby="welcome-reminders">
        <h2 id="welcome-reminders">{t('remindersTitle')}</h2>
        <p>{t('welcomeRemindersHow')}</p>
        <RemindersChoice />
      </section>

      <nav className="row" aria-label={t('welcomeNext')}>
        <button type="button" className="button button--primary" onClick={() => void openOwnPage('options')}>
          {t('welcomeOpenOptions')}
        </button>
        <button type="button" className="button" onClick={() => void openOwnPage('locker')}>
          {t('welcomeOpenLocker')}
        </button>
      </nav>
    </main>
  );
}
