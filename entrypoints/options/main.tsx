import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../src/ui/options/options-app';
import '../../src/ui/styles.css';
import '../../src/ui/options/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
