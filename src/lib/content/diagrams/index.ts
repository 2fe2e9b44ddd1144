/** The registry of diagrams, validated once on load: a bad definition fails the build here. */
import type { DiagramDef } from '../types';
import { validateDiagram, validateRelated } from '../validate';
import { virtualization } from './virtualization';
import { runtime } from './runtime';
import { namespaces } from './namespaces';

export const diagrams: DiagramDef[] = [virtualization, runtime, namespaces].map(validateDiagram);
// Cross-diagram links can only be checked once every diagram is known.
validateRelated(diagrams);

export function findDiagram(id: string): DiagramDef | undefined {
	return diagrams.find((d) => d.id === id);
}
