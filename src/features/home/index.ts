import { defineView } from '../../store/view-module';
import { HomeView } from './home-view';
import { homeState } from './params';

export default defineView({ state: homeState, Component: HomeView });
