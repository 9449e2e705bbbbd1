import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/app/views';
import { walkthroughActions } from '../../../src/domain';
import { snapshotsActions } from '../../../src/features/snapshots/actions';
import { snapshotsState } from '../../../src/features/snapshots/params';
import { createAppStore } from '../../../src/store/create-app-store';
import { LINK_NOTICE } from '../../../src/store/notices';
import { defaultsOf, encodeView } from '../../../src/store/view-state';
import { assertProperty } from '../../domain/support/property';
import { decodeQuery, viewStore } from '../../support/view-state';

const decode = (query: string) => decodeQuery(snapshotsState, query);
const start = (hash?: string) => viewStore(snapshotsState, snapshotsActions, hash);
const queryOf = (link: string) => link.split('?')[1]!;
const DEFAULTS = defaultsOf(snapshotsState);

describe('the snapshot view in the URL', () => {
  it('writes the walkthrough with readable keys, steps counted from 1', () => {
    const v = start();
    v.actions.goToSnapshotStep(2);
    expect(v.link()).toBe('#/snapshots?edition=saa-c02&size=40&used=10&changed=4&step=3&rstep=1&tier=standard&days=30&fsraz=3&fsrmin=90&vtype=gp2&irate=300');
  });

  it('round-trips the walkthrough with every setting changed, with no problems', () => {
    const v = start();
    v.actions.setSnapshotFigures({ sizeGiB: 64, writtenGiB: 20, changedGiB: 5 });
    v.actions.goToSnapshotStep(5);
    v.actions.goToRestoreStep(2);
    v.actions.setSnapshotTier('archive');
    v.actions.setDaysKept(15);
    v.actions.setFsrAzs(1);
    v.actions.setFsrMinutes(45);
    const d = decode(queryOf(v.link()));
    expect(d.problems).toEqual([]);
    expect(d.inputs).toEqual(v.inputs());
  });

  it('writes free play as the engine\'s action codes and the selection, and reads them back', () => {
    const v = start();
    v.actions.goToSnapshotStep(7);
    v.actions.startFreePlay();
    for (const b of [9, 3, 8, 7]) v.actions.toggleBlock(b);
    v.actions.goToSnapshotStep(4);
    expect(v.inputs().play).toEqual(walkthroughActions(v.inputs()));
    const query = new URLSearchParams(queryOf(v.link()));
    expect(query.get('play')).toBe('w0-9,s,w3-6,s,d1,r2,c2');
    expect(query.get('sel')).toBe('3.7-9');
    const d = decode(query.toString());
    expect(d.problems).toEqual([]);
    expect(d.inputs).toEqual(v.inputs());
  });

  it('leaves play and sel out of the walkthrough\'s link, and sel out when nothing is chosen', () => {
    const v = start();
    expect(v.link()).not.toMatch(/play=|sel=/);
    v.actions.startFreePlay();
    expect(v.link()).toContain('&play=&step=1');
    expect(v.link()).not.toContain('sel=');
  });

  it('round-trips free play on a volume smaller than the walkthrough\'s data, with no problems', () => {
    // Shrinking the volume in free play clamps the walkthrough's figures to it (8 / 8 / 4).
    const v = start();
    v.actions.startFreePlay();
    v.actions.playAction({ kind: 'write', blocks: [0, 1] });
    v.actions.playAction({ kind: 'snapshot' });
    v.actions.setSnapshotFigures({ sizeGiB: 8 });
    expect(v.inputs()).toMatchObject({ sizeGiB: 8, writtenGiB: 8, changedGiB: 4, step: 2 });
    const d = decode(queryOf(v.link()));
    expect(d.problems).toEqual([]);
    expect(d.inputs).toEqual(v.inputs());
  });
});

describe('a hand-edited snapshot link', () => {
  it('moves a step past the end to the last step, and says so', () => {
    const d = decode('step=99');
    expect(d.inputs.step).toBe(7);
    expect(d.problems).toEqual(['step 99 is outside 1 to 8: used 8']);
  });

  it('uses the first step for a step that is not a number', () => {
    const d = decode('step=abc');
    expect(d.inputs.step).toBe(0);
    expect(d.problems).toEqual(['step "abc" is not a number: used 1']);
  });

  it('limits the data written to the volume size', () => {
    const d = decode('size=40&used=500');
    expect(d.inputs).toMatchObject({ sizeGiB: 40, writtenGiB: 40, changedGiB: 4 });
    expect(d.problems).toEqual(['The data written must be a whole number of GiB from 1 to 40: 500 became 40.']);
  });

  it('rounds a figure that is not whole, and says so in the walkthrough\'s words', () => {
    const d = decode('size=20.4');
    expect(d.inputs.sizeGiB).toBe(20);
    expect(d.problems).toEqual(['The volume size must be a whole number of GiB from 4 to 64: 20.4 became 20.']);
  });

  it('names a figure that is not a number and falls back to the default', () => {
    const d = decode('size=big');
    expect(d.inputs.sizeGiB).toBe(40);
    expect(d.problems).toEqual(['size "big" is not a number: used 40 GiB']);
  });

  it('keeps the actions it can use and names the unreadable part and the refused delete', () => {
    const d = decode('play=w0-3,zz,d7');
    expect(d.inputs.play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3] }]);
    expect(d.problems).toEqual([
      'play: Part 2 ("zz") is not an action: use s, w<blocks>, d<n>, r<n> or c<n>.',
      'play: action "d7" was left out: There is no snapshot to delete.',
    ]);
  });

  it('counts free play\'s steps from the actions it kept', () => {
    const d = decode('size=40&play=w0-3,zz,d7&step=99');
    expect(d.inputs.step).toBe(1);
    expect(d.problems).toContain('step 99 is outside 1 to 2: used 2');
  });

  it('drops selected blocks that are not on the volume', () => {
    const d = decode('play=w0-3&sel=999');
    expect(d.inputs.selected).toEqual([]);
    expect(d.problems).toEqual(['sel "999" is not a list of blocks 0 to 39: used none']);
    const partly = decode('size=8&play=w0-3&sel=2.12');
    expect(partly.inputs.selected).toEqual([2]);
    expect(partly.problems).toContain('sel "2.12" is not a list of blocks 0 to 7: used 2');
  });

  it('falls back to the standard tier for an unknown tier', () => {
    const d = decode('tier=glacier');
    expect(d.inputs.tier).toBe('standard');
    expect(d.problems).toEqual(['tier "glacier" is not standard or archive: used standard']);
  });

  it('keeps the days within a 30-day month and the FSR settings within their ranges', () => {
    const d = decode('days=0&fsraz=9&fsrmin=2.5');
    expect(d.inputs.daysKept).toBe(1);
    expect(d.inputs.fsrAzs).toBe(3);
    expect(d.inputs.fsrMinutes).toBe(3);
    expect(d.problems).toEqual([
      'days 0 is outside 1 to 30 d: used 1 d',
      'fsraz 9 is outside 1 to 3 AZ: used 3 AZ',
      'fsrmin 2.5 is not a whole number: used 3 min',
    ]);
    // One is not plural: "used 1 min", not "used 1 minutes".
    expect(decode('fsrmin=0&fsraz=0').problems).toEqual(['fsraz 0 is outside 1 to 3 AZ: used 1 AZ', 'fsrmin 0 is outside 1 to 43,200 min: used 1 min']);
  });

  it('says a selection without free play is ignored', () => {
    const d = decode('size=40&sel=1.2');
    expect(d.inputs.selected).toEqual([]);
    expect(d.problems).toEqual(['sel only applies in free play (with play=...): ignored']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -100, max: 500 }).map(String), fc.constantFrom('w0-3,zz,d7', 's', 'w0-63,s,s,d1,r1', '1e9', 'NaN', ''));
    const query = fc.dictionary(fc.constantFrom('size', 'used', 'changed', 'play', 'sel', 'step', 'rstep', 'tier', 'days', 'fsraz', 'fsrmin', 'other'), value);
    assertProperty(fc.property(query, (q) => {
      const d = decode(new URLSearchParams(q).toString());
      const params = new URLSearchParams();
      encodeView(snapshotsState, d.inputs, params, 'saa-c02');
      const again = decode(params.toString());
      expect(again.problems).toEqual([]);
      expect(again.inputs).toEqual(d.inputs);
    }), 300);
  });
});

describe('a free play link', () => {
  const hash = '#/snapshots?size=40&play=w0-3,zz,d7,s&step=9';
  const expected = [
    'play: Part 2 ("zz") is not an action: use s, w<blocks>, d<n>, r<n> or c<n>.',
    'play: action "d7" was left out: There is no snapshot to delete.',
    'step 9 is outside 1 to 3: used 3',
  ];

  it('is replayed as it is read: the notice names what the engine refused and the step it used', () => {
    const v = start(hash);
    expect(v.inputs()).toEqual({ ...DEFAULTS, play: [{ kind: 'write', blocks: [0, 1, 2, 3] }, { kind: 'snapshot' }], step: 2 });
    const notices = v.store.getState().notices.filter((n) => n.view === 'snapshots');
    expect(notices).toEqual([expect.objectContaining({ title: LINK_NOTICE, items: expected })]);
  });

  it('opened before the view has loaded, is replayed when it registers, with the same notice', () => {
    const store = createAppStore({ catalogue: CATALOGUE, hash });
    expect(store.getState().notices.filter((n) => n.view === 'snapshots')).toEqual([]);
    store.getState().registerView(snapshotsState);
    expect(store.getState().views.snapshots!.inputs.step).toBe(2);
    expect(store.getState().notices.filter((n) => n.view === 'snapshots').flatMap((n) => n.items)).toEqual(expected);
  });
});

describe('the provisioned initialization rate and the volume type in the link', () => {
  it('reads irate within 100 to 300 MiB/s and vtype as gp2 or gp3, naming what it replaced', () => {
    const read = decodeQuery(snapshotsState, 'irate=150&vtype=gp3', 'current');
    expect(read.inputs).toMatchObject({ initRateMiBps: 150, volumeType: 'gp3' });
    const bad = decodeQuery(snapshotsState, 'irate=900&vtype=io1', 'current');
    expect(bad.inputs).toMatchObject({ initRateMiBps: 300, volumeType: 'gp2' });
    expect(bad.problems.join(' ')).toMatch(/irate/);
    expect(bad.problems.join(' ')).toMatch(/vtype/);
  });
});
