/** Full-page capture planning: pure geometry, no browser calls. */
export {
  captureMode,
  estimateStitchSeconds,
  MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND,
  MAX_STITCH_SCREENS,
  maxCanvasHeightPx,
  planStitch,
  type StitchFrame,
  type StitchInput,
  type StitchPlan,
} from './stitch-plan';
