import { mountPage, uiLanguageSetting } from '../../src/ui/mount-page';
import { OptionsApp } from '../../src/ui/options/options-app';
import '../../src/ui/styles.css';
import '../../src/ui/options/options.css';

void uiLanguageSetting().then((language) => mountPage(<OptionsApp />, language, 'optionsTitle'));
