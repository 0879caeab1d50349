/** How each node label looks on the canvas and in the legend. Shapes differ too, so colour is not the only cue. */
export interface LabelStyle {
  readonly color: string;
  readonly shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'barrel' | 'tag' | 'vee' | 'rhomboid' | 'octagon';
  readonly size: number;
}

export const LABEL_STYLES: Readonly<Record<string, LabelStyle>> = {
  Region: { color: '#c0392b', shape: 'star', size: 46 },
  Document: { color: '#7f8c8d', shape: 'tag', size: 34 },
  Sector: { color: '#2980b9', shape: 'hexagon', size: 36 },
  SectorType: { color: '#5dade2', shape: 'barrel', size: 28 },
  Goal: { color: '#27ae60', shape: 'diamond', size: 32 },
  Indicator: { color: '#16a085', shape: 'triangle', size: 28 },
  Project: { color: '#e67e22', shape: 'round-rectangle', size: 30 },
  Task: { color: '#f0b27a', shape: 'round-rectangle', size: 24 },
  Department: { color: '#8e44ad', shape: 'ellipse', size: 34 },
  Place: { color: '#a0522d', shape: 'vee', size: 26 },
  Strategy: { color: '#d4ac0d', shape: 'rhomboid', size: 28 },
  DepartmentFunction: { color: '#bb8fce', shape: 'octagon', size: 24 },
};

export const UNKNOWN_LABEL_STYLE: LabelStyle = { color: '#95a5a6', shape: 'ellipse', size: 26 };

export function labelStyle(label: string): LabelStyle {
  return LABEL_STYLES[label] ?? UNKNOWN_LABEL_STYLE;
}
