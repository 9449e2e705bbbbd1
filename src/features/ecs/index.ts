import { defineView } from '../../store/view-module';
import EcsView from './ecs-view';
import { ecsState } from './params';

export default defineView({ state: ecsState, Component: EcsView });
