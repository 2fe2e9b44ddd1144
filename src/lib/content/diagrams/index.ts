/** The registry of diagrams, validated once on load: a bad definition fails the build here. */
import type { DiagramDef } from '../types';
import { validateDiagram } from '../validate';
import { virtualization } from './virtualization';
import { runtime } from './runtime';
import { networking } from './networking';

export const diagrams: DiagramDef[] = [virtualization, runtime, networking].map(validateDiagram);

export function findDiagram(id: string): DiagramDef | undefined {
	return diagrams.find((d) => d.id === id);
}
