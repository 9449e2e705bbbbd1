import { defineView } from '../../store/view-module';
import AmiView from './ami-view';
import { amiState } from './params';

export default defineView({ state: amiState, Component: AmiView });
