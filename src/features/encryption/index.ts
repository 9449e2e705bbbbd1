import { defineView } from '../../store/view-module';
import EncryptionView from './encryption-view';
import { encryptionState } from './params';

export default defineView({ state: encryptionState, Component: EncryptionView });
