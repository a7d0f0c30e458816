import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { SignInGate } from './pages/login-page.js';
import { preloadFirstPage } from './app/preload.js';
import { startI18n } from './i18n/i18n.js';
import './styles/tokens.css';
import './styles/app.css';
import './styles/gantt.css';
import './styles/print.css';

startI18n();
preloadFirstPage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SignInGate>
      <App />
    </SignInGate>
  </StrictMode>,
);
