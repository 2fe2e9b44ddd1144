/**
 * The search index of one language, built at build time: every diagram, view, node and step
 * narration, every keyed bullet of the note and every correction, each with the URL that opens
 * exactly it. Served as a prerendered JSON file of documents (routes/search/[lang].json) that the
 * browser fetches and indexes only when search is first opened.
 */
import type { Lang } from '$lib/content/types';
import { diagrams } from '$lib/content/diagrams';
import { orderedDiagrams } from '$lib/content/catalog';
import { corrections } from '$lib/content/corrections';
import { resolvePassage } from '$lib/content/notes';
import { passages } from '$lib/content/passages';
import { panelUi } from '$lib/content/ui-panel';
import { noteUi } from '$lib/content/ui-note';
import { packDocs, type SearchDoc } from '$lib/search/terms';
import { homeHref, nodeHome, passageHomes } from './noteMap';

function viewHref(lang: Lang, diagram: string, view: string, isDefault: boolean): string {
	return isDefault ? `/${lang}/${diagram}/` : `/${lang}/${diagram}/${view}/`;
}

/** The documents of one language (the English ones carry the Korean text as `alt`). */
export function searchDocs(lang: Lang): SearchDoc[] {
	const alt = (ko: string) => (lang === 'en' ? ko : '');
	const docs: SearchDoc[] = [];
	for (const def of orderedDiagrams(diagrams)) {
		docs.push({
			id: `diagram:${def.id}`,
			kind: 'diagram',
			title: def.title[lang],
			text: def.summary[lang],
			alt: alt(`${def.title.ko} ${def.summary.ko}`),
			where: def.title[lang],
			href: viewHref(lang, def.id, def.defaultView, true)
		});
		for (const view of def.views) {
			const href = viewHref(lang, def.id, view.id, view.id === def.defaultView);
			docs.push({
				id: `view:${def.id}/${view.id}`,
				kind: 'view',
				title: view.title[lang],
				text: view.summary[lang],
				alt: alt(`${view.title.ko} ${view.summary.ko}`),
				where: def.title[lang],
				href
			});
			view.steps.forEach((step, i) =>
				docs.push({
					id: `step:${def.id}/${view.id}/${i + 1}`,
					kind: 'step',
					title: `${view.title[lang]} · ${noteUi[lang].stepN(i + 1)}`,
					text: step.narration[lang],
					alt: alt(step.narration.ko),
					where: def.title[lang],
					href: `${href}?step=${i + 1}`
				})
			);
		}
		for (const node of def.nodes) {
			const home = nodeHome(def, node.id);
			if (!home) continue;
			const detail = node.detail ? ` ${node.detail[lang]}` : '';
			docs.push({
				id: `node:${def.id}/${node.id}`,
				kind: 'node',
				title: node.label[lang],
				text: `${node.about[lang]}${detail}`,
				alt: alt(`${node.label.ko} ${node.detail?.ko ?? ''} ${node.about.ko}`),
				where: `${def.title[lang]} · ${home.viewTitle[lang]}`,
				href: homeHref(lang, home)
			});
		}
	}
	const homes = passageHomes();
	for (const key of Object.keys(passages)) {
		const p = resolvePassage(key, lang);
		const ko = lang === 'en' ? resolvePassage(key, 'ko') : p;
		docs.push({
			id: `passage:${key}`,
			kind: 'passage',
			title: panelUi[lang].noteSection(p.section),
			text: [...p.trail, p.text].join(' › '),
			alt: alt([...ko.trail, ko.text].join(' ')),
			where: noteUi[lang].note,
			href: `/${lang}/note/#${key}`
		});
		const c = corrections[key as keyof typeof corrections];
		if (c) {
			const home = homes.get(key)?.[0];
			docs.push({
				id: `correction:${key}`,
				kind: 'correction',
				title: `${panelUi[lang].morePrecisely} · ${p.section}`,
				text: c.text[lang],
				alt: alt(c.text.ko),
				where: home ? `${home.diagramTitle[lang]} · ${home.nodeLabel[lang]}` : noteUi[lang].note,
				href: home ? homeHref(lang, home) : `/${lang}/note/#${key}`
			});
		}
	}
	// Team texts mark code with backticks (CodeText); a snippet is plain text.
	return docs.map((d) => ({ ...d, text: d.text.replace(/`/g, '') }));
}

/** The documents of a language as /search/{lang}.json holds them (the browser indexes them). */
export function searchDocsJson(lang: Lang): string {
	return packDocs(searchDocs(lang));
}
