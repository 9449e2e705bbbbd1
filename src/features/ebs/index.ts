import { defineView } from '../../store/view-module';
import { ebsState } from './params';
import VolumeExplorerView from './volume-explorer-view';

export default defineView({ state: ebsState, Component: VolumeExplorerView });
