import { defineView } from '../../store/view-module';
import ContainersView from './containers-view';
import { containersState } from './params';

export default defineView({ state: containersState, Component: ContainersView });
