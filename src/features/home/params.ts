/** The home page has no inputs of its own: a link to `#/` carries only the edition. */
import { defineViewState } from '../../store/view-state';

export const homeState = defineViewState({ id: 'home', params: {} });
