import { defineView } from '../../store/view-module';
import { snapshotsState } from './params';
import SnapshotsView from './snapshots-view';

export default defineView({ state: snapshotsState, Component: SnapshotsView });
