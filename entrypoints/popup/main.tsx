import { askFirstQuestions } from '../../src/platform/first-questions';
import '../../src/ui/styles.css';

// The popup asks the background about the tab first, then loads its interface while the answer
// is on its way (src/ui/popup/start-popup.tsx reads the replies with zod).
if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:popup-asked');
const first = askFirstQuestions(location.search);
void import('../../src/ui/popup/start-popup').then(({ startPopup }) => startPopup(first));
