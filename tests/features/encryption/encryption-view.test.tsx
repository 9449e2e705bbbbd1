import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import encryptionView from '../../../src/features/encryption';
import { renderView } from '../../support/render-with-store';

const steps = () => screen.getByRole('group', { name: 'Encryption steps' });
/** What a screen reader reads for the step on screen: the stepper's live caption. */
const caption = () => within(steps()).getByText(/^Step \d+ of \d+:/).closest('p')!;
/** Jump to step `n` (counted from 1) with the list of steps. */
const goTo = (n: number) => fireEvent.click(within(steps()).getByRole('button', { name: new RegExp(`^${n}\\. `) }));
/** The drawing, by its accessible text: every box, where the data key is, the arrows in use. */
const drawing = () => within(steps()).getByRole('img');
const name = () => drawing().getAttribute('aria-label') ?? '';

describe('the encryption walkthrough', () => {
  it('opens on its first step, drawing first: encryption by default is off in this Region', () => {
    renderView(encryptionView);
    expect(screen.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' })).toBeInTheDocument();
    expect(caption()).toHaveTextContent('Step 1 of 8: Check encryption by default. Encryption by default is off for this account in this Region');
    expect(screen.getByRole('radio', { name: /^Snapshot the volume/ })).toBeChecked();
    // The choices come after the drawing, so a phone shows the flow on its first screen.
    const choices = screen.getByRole('region', { name: 'Choose the scenario' });
    expect(drawing().compareDocumentPosition(choices) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
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
    expect(name()).toMatch(/vol-2, not encrypted, attached \(files copied from vol-1\)/);
  });

  it('gives a volume made from the snapshot the same data key with the same KMS key, and a new one with another', () => {
    renderView(encryptionView);
    fireEvent.click(screen.getByRole('radio', { name: 'Volume from the snapshot, same KMS key' }));
    goTo(9);
    expect(caption()).toHaveTextContent(/^Step 9 of 9: Volume from snapshot, same key\./);
    expect(name()).toMatch(/vol-2, encrypted, data key DK-1 under aws\/ebs \(from snap-1\)/);
    expect(name()).toMatch(/Arrows this step: snapshot data between EBS and S3\./);

    fireEvent.click(screen.getByRole('radio', { name: 'Volume from the snapshot, another KMS key' }));
    expect(caption()).toHaveTextContent(/^Step 9 of 9: Volume from snapshot, another key\./);
    expect(name()).toMatch(/vol-2, encrypted, data key DK-2 under alias\/app-data \(from snap-1\)/);
    expect(name()).toMatch(/AWS KMS: aws\/ebs and alias\/app-data\./);
  });

  it('uses alias/app-data when the customer managed key is chosen', () => {
    renderView(encryptionView);
    expect(name()).toMatch(/AWS KMS: aws\/ebs\./);
    fireEvent.click(screen.getByRole('radio', { name: /^Customer managed key/ }));
    expect(name()).toMatch(/AWS KMS: alias\/app-data\./);
    goTo(2);
    expect(caption()).toHaveTextContent('EBS will use alias/app-data, a symmetric customer managed KMS key');
  });

  it('says when encryption by default is on', () => {
    renderView(encryptionView);
    fireEvent.click(screen.getByRole('radio', { name: /^On/ }));
    expect(caption()).toHaveTextContent('Encryption by default is on for this account in this Region');
    expect(name()).toMatch(/^Region setting: encryption by default on\./);
  });

  it('draws the data key moving: on the volume, to KMS, plaintext in host memory, then discarded', () => {
    renderView(encryptionView);
    expect(name()).toMatch(/its memory holds no data key\. .* Data key: no data key yet\./);
    goTo(3);
    expect(name()).toMatch(/Data key: DK-1 only on the volume, encrypted\. Arrows this step: encrypted data key between the volume and KMS, by way of the EC2 host\./);
    goTo(4);
    expect(name()).toMatch(/Data key: encrypted DK-1 sent to KMS to be decrypted\./);
    goTo(5);
    expect(caption()).toHaveTextContent(/^Step 5 of 8: Plaintext data key in host memory\./);
    expect(name()).toMatch(/EC2 host: instance running; its memory holds DK-1 in plaintext\./);
    expect(name()).toMatch(/Arrows this step: KMS gives the host the plaintext data key\./);
    expect(within(drawing()).getByText('DK-1 plaintext')).toBeInTheDocument();
    goTo(6);
    expect(name()).toMatch(/Arrows this step: AES-256 reads and writes between the host and EBS\./);
    goTo(7);
    expect(caption()).toHaveTextContent(/^Step 7 of 8: The instance leaves the host\./);
    expect(name()).toMatch(/EC2 host: instance stopped or moved away; its memory holds no data key\./);
    expect(name()).toMatch(/Data key: plaintext DK-1 discarded; the encrypted DK-1 stays on the volume\./);
    expect(within(drawing()).queryByText('DK-1 plaintext')).toBeNull();
  });

  it('draws the OS above the host, and its full-disk encryption once turned on', () => {
    renderView(encryptionView);
    expect(name()).toMatch(/Operating system, above the host: sees plaintext\./);
    fireEvent.click(screen.getByRole('radio', { name: 'OS full-disk encryption' }));
    goTo(9);
    expect(name()).toMatch(/Operating system, above the host: full-disk encryption, keys held by the operating system inside the instance\./);
  });

  it('keeps each caption short, with the detail and its source a click away, opening in a new tab', () => {
    renderView(encryptionView);
    goTo(3);
    expect(caption()).not.toHaveTextContent('4 KiB');
    const more = within(steps()).getByText('More on this step, and its source').closest('details')!;
    expect(more).toHaveTextContent('A KMS key directly encrypts at most 4 KiB of data');
    const guide = within(more).getByRole('link', { name: /UG21 EBSEncryption\.md/ });
    expect(guide).toHaveAttribute('href', 'https://github.com/awsdocs/amazon-ec2-user-guide/blob/3a6885740c725e5424746984603d587c5b022dad/doc_source/EBSEncryption.md');
    expect(guide).toHaveAttribute('target', '_blank');
    expect(more).toHaveTextContent('[read 2021-06-09]');
    expect(within(more).getByRole('link', { name: /aws-facts §5/ })).toHaveAttribute('href', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html');
  });

  it('offers Play again at the last step, which plays from step 1', () => {
    renderView(encryptionView);
    goTo(8);
    expect(within(steps()).queryByRole('button', { name: 'Play' })).toBeNull();
    fireEvent.click(within(steps()).getByRole('button', { name: 'Play again from step 1' }));
    expect(caption()).toHaveTextContent(/^Step 1 of 8:/);
    expect(within(steps()).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('shows the exam tips and the four places the notes differ from AWS, each source a link', () => {
    renderView(encryptionView);
    const tips = screen.getByRole('region', { name: 'Exam tips: EBS encryption' });
    expect(within(tips).getByText(/You cannot remove encryption from an encrypted volume or snapshot: copy the snapshot/)).toBeInTheDocument();
    expect(within(tips).getAllByText('The notes say')).toHaveLength(4);
    expect(within(tips).getByText(/"there is no performance loss"/)).toBeInTheDocument();
    for (const item of within(tips).getAllByRole('listitem')) expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
  });
});
