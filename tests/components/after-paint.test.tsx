import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterPaint } from '../../src/components/after-paint';

describe('AfterPaint', () => {
  it('shows the placeholder in the first paint and its children after it', async () => {
    render(<AfterPaint fallback={<p>Loading chart…</p>}><p>The chart</p></AfterPaint>);
    expect(screen.getByText('Loading chart…')).toBeInTheDocument();
    expect(screen.queryByText('The chart')).not.toBeInTheDocument();
    expect(await screen.findByText('The chart')).toBeInTheDocument();
    expect(screen.queryByText('Loading chart…')).not.toBeInTheDocument();
  });
});
