/** The registry of diagrams, validated once on load: a bad definition fails the build here. */
import type { DiagramDef } from '../types';
import { validateDiagram, validateRelated } from '../validate';
import { layers } from './layers';
import { processes } from './processes';
import { namespaces } from './namespaces';
import { virtualization } from './virtualization';
import { runtime } from './runtime';
import { networking } from './networking';
import { images } from './images';

// In the note's order: the foundations (layers, processes, namespaces) before virtualization and
// Docker's runtime, then images (the note's wish: "docker-image"); networking answers the note's
// closing question.
export const diagrams: DiagramDef[] = [
	layers,
	processes,
	namespaces,
	virtualization,
	runtime,
	images,
	networking
].map(validateDiagram);
// Cross-diagram links can only be checked once every diagram is known.
validateRelated(diagrams);

export function findDiagram(id: string): DiagramDef | undefined {
	return diagrams.find((d) => d.id === id);
}
