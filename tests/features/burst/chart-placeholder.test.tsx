// On its own file: the credit chart must not have been loaded by an earlier test.
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import burstView from '../../../src/features/burst';
import { renderView } from '../../support/render-with-store';

it('holds the chart\'s place at the chart\'s own height while it loads, with the legend already below it', async () => {
  renderView(burstView);
  expect(screen.getByText('Loading chart…')).toHaveStyle({ height: '340px' });
  const legend = screen.getByText('Balance (right axis)');
  const chart = await screen.findByText((_, el) => el?.id === 'credit-chart', undefined, { timeout: 10_000 });
  expect(chart).toHaveStyle({ height: '340px' });
  expect(chart).not.toContainElement(legend);
  expect(screen.queryByText('Loading chart…')).not.toBeInTheDocument();
});
