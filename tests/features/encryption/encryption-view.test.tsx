import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import encryptionView from '../../../src/features/encryption';
import { renderView } from '../../support/render-with-store';

const steps = () => screen.getByRole('group', { name: 'Encryption steps' });
/** What a screen reader reads for the step on screen: the stepper's live caption. */
const caption = () => within(steps()).getByText(/^Step \d+ of \d+:/).closest('p')!;
/** Jump to step `n` (counted from 1) with the list of steps. */
const goTo = (n: number) => fireEvent.click(within(steps()).getByRole('button', { name: new RegExp(`^${n}\\. `) }));
/** A box of the drawing, by its title. */
const box = (title: string) => screen.getByText(title, { selector: 'p' }).parentElement!;
const newVolume = () => screen.getByText('Volume vol-2', { selector: 'p' }).closest('li')!;

describe('the encryption walkthrough', () => {
  it('opens on its first step: encryption by default is off in this Region', () => {
    renderView(encryptionView);
    expect(screen.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' })).toBeInTheDocument();
    expect(caption()).toHaveTextContent('Step 1 of 8: Check encryption by default. Encryption by default is off for this account in this Region');
    expect(screen.getByRole('radio', { name: /^Snapshot the volume/ })).toBeChecked();
  });

  it('refuses to remove encryption at step 8 of that branch, and says so', () => {
    renderView(encryptionView);
    fireEvent.click(screen.getByRole('radio', { name: 'Try to remove encryption' }));
    expect(caption()).toHaveTextContent(/^Step 1 of 13:/);
    goTo(8);
    expect(caption()).toHaveTextContent('Step 8 of 13: Try to remove encryption.');
    expect(caption()).toHaveTextContent('Refused: You cannot remove encryption from an encrypted volume or snapshot');
    goTo(13);
    expect(caption()).toHaveTextContent(/Step 13 of 13: Copy the files at OS level\..*stays encrypted/);
    expect(caption()).not.toHaveTextContent('Refused');
  });

  it('gives a volume made from the snapshot the same data key with the same KMS key, and a new one with another', () => {
    renderView(encryptionView);
    fireEvent.click(screen.getByRole('radio', { name: 'Volume from the snapshot, same KMS key' }));
    goTo(9);
    expect(caption()).toHaveTextContent(/^Step 9 of 9: Volume from snapshot, same key\./);
    expect(newVolume()).toHaveTextContent('DK-1 (encrypted) under KMS key aws/ebs');

    fireEvent.click(screen.getByRole('radio', { name: 'Volume from the snapshot, another KMS key' }));
    expect(caption()).toHaveTextContent(/^Step 9 of 9: Volume from snapshot, another key\./);
    expect(newVolume()).toHaveTextContent('DK-2 (encrypted) under KMS key alias/app-data');
    expect(newVolume()).not.toHaveTextContent('DK-1');
  });

  it('uses alias/app-data when the customer managed key is chosen', () => {
    renderView(encryptionView);
    expect(box('AWS KMS')).toHaveTextContent('KMS key aws/ebs');
    fireEvent.click(screen.getByRole('radio', { name: /^Customer managed key/ }));
    expect(box('AWS KMS')).toHaveTextContent('KMS key alias/app-data');
    goTo(2);
    expect(caption()).toHaveTextContent('EBS will use alias/app-data, a symmetric customer managed KMS key');
  });

  it('says when encryption by default is on', () => {
    renderView(encryptionView);
    fireEvent.click(screen.getByRole('radio', { name: /^On/ }));
    expect(caption()).toHaveTextContent('Encryption by default is on for this account in this Region');
    expect(box("This Region's setting")).toHaveTextContent('Encryption by default: on');
  });

  it('holds the plaintext data key in host memory only while the instance is on the host', () => {
    renderView(encryptionView);
    expect(box('EC2 host (hypervisor)')).toHaveTextContent('Memory: no data key');
    goTo(5);
    expect(caption()).toHaveTextContent(/^Step 5 of 8: Plaintext data key in host memory\./);
    expect(box('EC2 host (hypervisor)')).toHaveTextContent('Instance running. Memory: DK-1 (plaintext)');
    goTo(7);
    expect(caption()).toHaveTextContent(/^Step 7 of 8: The instance leaves the host\./);
    expect(box('EC2 host (hypervisor)')).toHaveTextContent('Instance stopped or moved away. Memory: no data key');
    expect(box('EC2 host (hypervisor)')).not.toHaveTextContent('plaintext');
  });

  it('shows the exam tips and the four places the notes differ from AWS', () => {
    renderView(encryptionView);
    const tips = screen.getByRole('region', { name: 'Exam tips: EBS encryption' });
    expect(within(tips).getByText(/You cannot remove encryption from an encrypted volume or snapshot: copy the snapshot/)).toBeInTheDocument();
    expect(within(tips).getAllByText('The notes say')).toHaveLength(4);
    expect(within(tips).getByText(/"there is no performance loss"/)).toBeInTheDocument();
  });
});
