/** The registry of diagrams, validated once on load: a bad definition fails the build here. */
import type { DiagramDef } from '../types';
import { validateDiagram } from '../validate';
import { layers } from './layers';
import { processes } from './processes';
import { virtualization } from './virtualization';
import { runtime } from './runtime';

// In the note's order: the foundations (layers, processes) before virtualization and Docker.
export const diagrams: DiagramDef[] = [layers, processes, virtualization, runtime].map(
	validateDiagram
);

export function findDiagram(id: string): DiagramDef | undefined {
	return diagrams.find((d) => d.id === id);
}
