import type { ReactNode } from 'react';
import './ui.css';

/**
 * A primary button with secondary buttons or links beside it; on phones they stack at full width, so every target
 * is large and nothing scrolls sideways at 320 px.
 */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="ui-button-group">{children}</div>;
}
