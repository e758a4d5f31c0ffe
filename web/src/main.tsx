// First: no eval probe under the CSP (zodConfig.ts).
import './zodConfig';
import '@utrecht/design-tokens/dist/font-family.js';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/library.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
