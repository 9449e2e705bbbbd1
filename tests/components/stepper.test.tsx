import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Stepper, type StepItem } from '../../src/components/stepper';

const STEPS: StepItem[] = [
  { title: 'Create the volume', explanation: 'A new, empty volume in one AZ.' },
  { title: 'Write data', explanation: '10 GiB are written.' },
  { title: 'Remove encryption', explanation: 'You ask EBS to decrypt the volume.', refused: 'You cannot remove encryption.' },
];

function Harness({ start = 0, onIndex }: { start?: number; onIndex?: (i: number) => void }) {
  const [index, setIndex] = useState(start);
  return (
    <Stepper label="Demo steps" steps={STEPS} index={index} onIndex={(i) => { onIndex?.(i); setIndex(i); }} intervalMs={1000}>
      <p>Drawing of step {index + 1}</p>
    </Stepper>
  );
}

const caption = () => screen.getByText(/^Step \d of 3:/).closest('p')!;

describe('the stepper', () => {
  afterEach(() => vi.useRealTimers());

  it('starts on the first step with Previous and Restart disabled, and reads the step in its caption', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Restart' })).toHaveAttribute('aria-disabled', 'true');
    expect(caption()).toHaveTextContent('Step 1 of 3: Create the volume. A new, empty volume in one AZ.');
    expect(caption()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('group', { name: 'Demo steps' })).toBeInTheDocument();
  });

  it('moves with Next and Previous, and marks the current step in the list', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(caption()).toHaveTextContent('Step 2 of 3: Write data. 10 GiB are written.');
    expect(screen.getByText('Drawing of step 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /2\. Write data/ })).toHaveAttribute('aria-current', 'step');
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(caption()).toHaveTextContent('Step 1 of 3');
  });

  it('jumps to any step from the list and says when a step is refused', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: /3\. Remove encryption/ }));
    expect(caption()).toHaveTextContent('Refused: You cannot remove encryption.');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps keyboard focus on Next when it reaches the last step, and Next there does nothing', () => {
    render(<Harness start={1} />);
    const next = screen.getByRole('button', { name: 'Next' });
    next.focus();
    fireEvent.click(next);
    expect(caption()).toHaveTextContent('Step 3 of 3');
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(caption()).toHaveTextContent('Step 3 of 3');
  });

  it('leaves the arrow keys to a widget that has its own', () => {
    render(
      <Stepper label="Demo steps" steps={STEPS} index={0} onIndex={() => { throw new Error('stepped'); }}>
        <div data-own-arrows=""><button type="button">Block 1</button></div>
      </Stepper>,
    );
    expect(() => fireEvent.keyDown(screen.getByRole('button', { name: 'Block 1' }), { key: 'ArrowRight' })).not.toThrow();
  });

  it('steps with the arrow keys, Home and End, but not while typing in a field', () => {
    render(<Harness />);
    const next = screen.getByRole('button', { name: 'Next' });
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(caption()).toHaveTextContent('Step 2 of 3');
    fireEvent.keyDown(next, { key: 'End' });
    expect(caption()).toHaveTextContent('Step 3 of 3');
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(caption()).toHaveTextContent('Step 3 of 3');
    fireEvent.keyDown(next, { key: 'Home' });
    expect(caption()).toHaveTextContent('Step 1 of 3');
    fireEvent.keyDown(next, { key: 'ArrowLeft' });
    expect(caption()).toHaveTextContent('Step 1 of 3');
  });

  it('plays one step per interval, stops on the last, and plays again from the first', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    render(<Harness onIndex={(i) => seen.push(i)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => { vi.advanceTimersByTime(1000); });
    expect(caption()).toHaveTextContent('Step 2 of 3');
    act(() => { vi.advanceTimersByTime(1000); });
    act(() => { vi.advanceTimersByTime(5000); });
    expect(caption()).toHaveTextContent('Step 3 of 3');
    // At the last step Play says what it will do: start again from the first step.
    expect(screen.getByRole('button', { name: 'Play again from step 1' })).toHaveTextContent('Play again');
    expect(seen).toEqual([1, 2]);
    fireEvent.click(screen.getByRole('button', { name: 'Play again from step 1' }));
    expect(caption()).toHaveTextContent('Step 1 of 3');
  });

  it('pauses when a person steps by hand', () => {
    vi.useFakeTimers();
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    act(() => { vi.advanceTimersByTime(3000); });
    expect(caption()).toHaveTextContent('Step 2 of 3');
  });

  it('has nothing to play with a single step', () => {
    render(<Stepper label="Demo steps" steps={[{ title: 'Only', explanation: 'The one step.' }]} index={0} onIndex={() => {}}><p>drawing</p></Stepper>);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});
