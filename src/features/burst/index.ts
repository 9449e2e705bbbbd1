import { defineView } from '../../store/view-module';
import BurstView from './burst-view';
import { burstState } from './params';

export default defineView({ state: burstState, Component: BurstView });
