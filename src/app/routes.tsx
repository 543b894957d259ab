import type { RouteObject } from 'react-router';
import { CatalogPage } from '../features/catalog/catalog-page';
import { Skeleton } from '../components/skeleton';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** Pages other than the catalog load on demand, so the first view downloads only its own code. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Skeleton label="Loading page" lines={6} />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <CatalogPage /> },
          {
            path: 'spec-decode',
            lazy: async () => ({
              Component: (await import('../features/spec-decode/spec-decode-index-page')).SpecDecodeIndexPage,
            }),
          },
          {
            path: 'spec-decode/:model/:hardware/:precision',
            lazy: async () => ({
              Component: (await import('../features/spec-decode/spec-decode-page')).SpecDecodePage,
            }),
          },
          {
            path: 'inference',
            lazy: async () => ({ Component: (await import('../features/inference/inference-page')).InferencePage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
