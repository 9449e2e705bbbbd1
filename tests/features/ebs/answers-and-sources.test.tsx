/**
 * Issue 11 on the EBS view: the comparison asks for the I/O size and pattern, a whole month costs
 * the monthly rate, today's instance limits say they are dated, every source opens its page, the
 * chart comes before the tips and the at-a-glance table says it scrolls.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ebsView from '../../../src/features/ebs';
import { renderView } from '../../support/render-with-store';

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
const answer = (type: RegExp) => within(screen.getByRole('list', { name: 'Each volume type for this need' }))
  .getAllByRole('listitem').find((li) => type.test(li.textContent ?? ''));
const NEED = 'needSize=4000&needIops=500&needThroughput=150';

describe('compare every type for one need, with its I/O size and pattern', () => {
  it('prices 1 MiB sequential I/O: 500 x 1 MiB moves 500 MiB/s, st1 12,800 GiB for $576, gp3 cheapest at $335', () => {
    renderView(ebsView, { hash: `#/ebs?${NEED}&needIo=1024&needPattern=sequential` });
    expect(screen.getByRole('spinbutton', { name: /I\/O size/ })).toHaveValue(1024);
    expect(screen.getByRole('radio', { name: /Sequential large I\/O/ })).toBeChecked();
    expect(answer(/^st1/)?.textContent).toMatch(/12,800 GiB.*\$576\.00|\$576\.00.*12,800 GiB/);
    expect(screen.getByText(/500 x 1,024 KiB = 500 MiB\/s\. That is more than the throughput asked/)).toBeInTheDocument();
    expect(screen.getByText(/^Cheapest: gp3 at \$335\.00 per month\./)).toBeInTheDocument();
  });

  it('rules HDD out of random 16 KiB I/O with the reason, and finds gp3 cheapest at $354 (150 MiB/s of 16 KiB is 9,600 IOPS)', () => {
    renderView(ebsView, { hash: `#/ebs?${NEED}&needIo=1024&needPattern=sequential` });
    fireEvent.click(screen.getByRole('radio', { name: /Random small I\/O/ }));
    const io = screen.getByRole('spinbutton', { name: /I\/O size/ });
    fireEvent.focus(io);
    fireEvent.change(io, { target: { value: '16' } });
    fireEvent.keyDown(io, { key: 'Enter' });
    expect(answer(/^st1/)?.textContent).toMatch(/Cannot meet it: st1 counts every I\/O of 1 MiB or less as one 1 MiB I\/O.*each random 16 KiB I\/O would spend 1 MiB/);
    expect(answer(/^sc1/)?.textContent).toMatch(/small random I\/O needs SSD/);
    expect(screen.getByText(/^Cheapest: gp3 at \$354\.00 per month\./)).toBeInTheDocument();
    expect(screen.getByText(/HDD \(st1, sc1\) counts every I\/O of 1 MiB or less as one 1 MiB I\/O/)).toBeInTheDocument();
  });
});

describe('the monthly cost', () => {
  it('bills 100 GiB gp2 kept 744 h at the monthly $10.00, and says the month is 30 days', () => {
    renderView(ebsView, { hash: '#/ebs?type=gp2&size=100&hours=744' });
    expect(stat('Total')).toMatch(/^\$10\.00/);
    expect(stat('Total')).toMatch(/the whole month \(744 h\)/);
    expect(screen.getByText(/Month used: 30 days \(720 h\)/)).toHaveTextContent('744 h is the whole month, billed at the monthly rate and never above it');
  });

  it('prorates part of a month over 720 h: 360 h is $5.00', () => {
    renderView(ebsView, { hash: '#/ebs?type=gp2&size=100&hours=360&calc=1' });
    expect(stat('Total')).toMatch(/^\$5\.00/);
    expect(screen.getByRole('list', { name: 'Calculation' })).toHaveTextContent('(360 h / 720 h)');
  });
});

describe('sources a reader can open', () => {
  it('links the volume, instance, price and proration sources to their pages in a new tab', () => {
    renderView(ebsView, { hash: '#/ebs?type=io1&size=500&iops=3000' });
    const spec = screen.getAllByRole('link', { name: /UG21 ebs-volume-types\.md/ })[0]!;
    expect(spec).toHaveAttribute('href', expect.stringContaining('amazon-ec2-user-guide/blob/3a6885740c725e5424746984603d587c5b022dad/doc_source/ebs-volume-types.md'));
    expect(spec).toHaveAttribute('target', '_blank');
    expect(screen.getAllByRole('link', { name: /ebs-optimized\.md/ }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: /ebs-volumes-multi\.md/ })[0]).toHaveAttribute('href', expect.stringContaining('ebs-volumes-multi.md'));
    expect(screen.getAllByRole('link', { name: /PRICE25/ })[0]).toHaveAttribute('href', 'https://aws.amazon.com/ebs/pricing/');
    expect(screen.getByRole('link', { name: /knowledge-center\/ebs-volume-charges/ })).toHaveAttribute('target', '_blank');
  });

  it('links the 30-day re:Post page aws-facts §3.1 quotes, and says a third-party link is only a home page', () => {
    renderView(ebsView, { hash: '#/ebs?type=io2&size=500&iops=3000' });
    expect(screen.getByRole('link', { name: /^repost\.aws\/knowledge-center\/ebs-volume-charges/ }))
      .toHaveAttribute('href', 'https://repost.aws/knowledge-center/ebs-volume-charges');
    expect(screen.queryByRole('link', { name: /premiumsupport/ })).not.toBeInTheDocument();
    const third = screen.getAllByRole('link', { name: /^awsnegotiations\.com/ })[0]!;
    expect(third.closest('li, p, dd, div')).toHaveTextContent(/awsnegotiations\.com \(opens in a new tab\) \[read 2026, third-party\] \(home page/);
  });

  it('says in today\'s edition that the instance table is dated and newer instances go higher', () => {
    renderView(ebsView, { hash: '#/ebs?edition=current&instance=m6in.32xlarge' });
    const note = screen.getByText('Instance limits are dated').closest('[role="note"]');
    expect(note).toHaveTextContent("The highest row here is the 2023 table's (350,000 IOPS, 10,000 MB/s). Newer instance families go higher");
    expect(within(note as HTMLElement).getByRole('link', { name: /^docs\.aws\.amazon\.com\/AWSEC2\/latest\/UserGuide\/ebs-optimized\.html/ })).toHaveAttribute('href', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html');
  });

  it('keeps the 2021 edition free of that remark', () => {
    renderView(ebsView);
    expect(screen.queryByText('Instance limits are dated')).not.toBeInTheDocument();
  });
});

describe('reading order and the phone layout', () => {
  it('puts the envelope chart right after the delivered figures, before the exam tips', () => {
    renderView(ebsView);
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const at = (re: RegExp) => names.findIndex((n) => re.test(n ?? ''));
    expect(at(/performance against size/)).toBe(at(/^Delivered performance$/) + 1);
    expect(at(/performance against size/)).toBeLessThan(at(/^Exam tips/));
  });

  it('labels the at-a-glance table\'s scrolling region, focusable, with a visible cue', () => {
    renderView(ebsView);
    const region = screen.getByRole('region', { name: 'Every volume type, scrolls sideways' });
    expect(region).toHaveAttribute('tabindex', '0');
    const cue = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(cue).toHaveTextContent('Scroll the table sideways for every column →');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('on a phone draws the types as short buttons and names the chosen one in full just below', () => {
    // jsdom's matchMedia (tests/support/setup-dom.ts) matches nothing: the phone layout.
    renderView(ebsView);
    expect(screen.getByRole('radio', { name: 'st1' })).not.toBeChecked();
    expect(screen.getByText('gp2 General Purpose SSD: 1 to 16,384 GiB.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'io2 Block Express' }));
    expect(screen.getByText('io2 Block Express: 4 to 65,536 GiB.')).toBeInTheDocument();
  });
});
