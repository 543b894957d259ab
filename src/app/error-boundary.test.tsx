// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './error-boundary';

afterEach(cleanup);

describe('PageErrorBoundary', () => {
  it('shows what failed, a way back, and recovers on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Page() {
      if (broken) throw new Error('cannot read the chart series');
      return <p>page drawn</p>;
    }
    render(
      <MemoryRouter>
        <PageErrorBoundary>
          <Page />
        </PageErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeTruthy();
    expect(screen.getByText('cannot read the chart series')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the catalog' }).getAttribute('href')).toBe('/');
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('page drawn')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
