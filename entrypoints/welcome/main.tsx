import { mountPage, uiLanguageSetting } from '../../src/ui/mount-page';
import { WelcomeApp } from '../../src/ui/welcome/welcome-app';
import '../../src/ui/styles.css';
import '../../src/ui/welcome/welcome.css';

// The first-run guide: opened once by the background when ClaimKit is installed (welcome.html).
void uiLanguageSetting().then((language) => mountPage(<WelcomeApp />, language, 'welcomeTitle'));
