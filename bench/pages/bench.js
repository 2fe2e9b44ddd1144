// Draws the page's Mermaid diagram and wires Mermaid's click callback to a note panel, so the click
// → panel path compares with the app's. `securityLevel: 'loose'` is what Mermaid needs for `call`.
import mermaid from '../mermaid/mermaid.esm.min.mjs';

const notes = {
	cli: 'The docker CLI sends a REST request to dockerd over its Unix socket.',
	dockerd: 'dockerd handles the API and asks containerd to run the container.',
	containerd: 'containerd manages the container lifecycle and starts a shim.',
	shim: 'The shim keeps the container running and holds its stdio.',
	runc: 'runc creates namespaces and cgroups, then execs the process.',
	proc: 'The container process runs as a normal process on the host kernel.'
};
window.benchNote = (id) => {
	const panel = document.getElementById('note');
	panel.dataset.node = id;
	panel.querySelector('h2').textContent = id;
	panel.querySelector('p').textContent = notes[id] ?? '';
	panel.hidden = false;
};
mermaid.initialize({ startOnLoad: false, securityLevel: 'loose' });
await mermaid.run({ querySelector: '.mermaid' });
document.documentElement.dataset.rendered = '';
