import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppActions } from './app/actions';
import { rememberBasemapOrigin } from './app/basemap-policy';
import { startCoverageWorker } from './app/coverage-client';
import { INITIAL_STATE } from './app/state';
import { createStore } from './app/store';
import { App } from './ui/App';
import { AppContext } from './ui/context';

const store = createStore(INITIAL_STATE);
const actions = new AppActions(store, startCoverageWorker());
store.subscribe(() => {
  document.documentElement.lang = store.get().lang;
});
try {
  rememberBasemapOrigin(store, window.localStorage);
} catch {
  // localStorage itself refused: the next page load allows no basemap host, the safe side.
}

// A reload or a closed tab within the autosave's delay would otherwise lose the last edit.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void actions.projects.saveNow();
});
window.addEventListener('pagehide', () => void actions.projects.saveNow());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppContext.Provider value={{ store, actions }}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
// Labels are drawn by deck.gl from a font atlas: wait for the bundled font before the first frame that needs it.
void document.fonts.load('600 16px "Noto Sans"', 'Đắk Nông').finally(() => void actions.boot());
