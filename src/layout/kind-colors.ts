// One colour per kind, shared by the layout (node colours) and the viewer's legend.
// Colour-blind-safe palette (Okabe–Ito), so kinds stay apart for every reader.

import type { Kind } from '../types';

export const KIND_COLORS: Record<Kind, string> = {
  Person: '#0072b2',
  Country: '#d55e00',
  Place: '#009e73',
  Organization: '#cc79a7',
  Agreement: '#e69f00',
  Concern: '#56b4e9',
};

export const EDGE_COLOR = '#b8b8b8';
export const TYPED_EDGE_COLOR = '#7a7a7a';
