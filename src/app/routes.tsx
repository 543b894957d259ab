import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { CatalogPage, HistoryPage, InferencePage, RankPage, SpecDecodeIndexPage, SpecDecodePage } from './page-modules';

/** Every address the app answers; anything else is the 404 page, inside the layout. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CatalogPage />} />
        <Route path="spec-decode" element={<SpecDecodeIndexPage />} />
        <Route path="spec-decode/:model/:hardware/:precision" element={<SpecDecodePage />} />
        <Route path="inference" element={<InferencePage />} />
        <Route path="rank" element={<RankPage />} />
        <Route path="history/:model/:hardware/:precision" element={<HistoryPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
