// The family member's own pages outside the question flow (issue 14). Apart from member-flow.ts so that pages on
// the way in (the storage choice) need no flow definition in their chunk.
export const memberStartPath = '/antrag/mitwirken';
export const memberHandInPath = '/antrag/mitwirken/abgeben';
