import type { AppSlice } from './app-slice';
import type { EbsSlice } from './ebs-slice';

/** One store, one slice per explorer. */
export type AppState = AppSlice & EbsSlice;
