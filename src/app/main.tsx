import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { prefetchFirstView } from './prefetch';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';
import './styles.css';

const queryClient = createQueryClient();
prefetchFirstView(queryClient, window.location.pathname, window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
