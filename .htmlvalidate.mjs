// html-validate over every built page (`npm run validate:html`, part of `npm test`): the standard
// rules, the whole-document rules (a <title>, unique landmark names…) and the accessibility ones.
export default {
	extends: ['html-validate:standard', 'html-validate:document', 'html-validate:a11y'],
	rules: {
		// Svelte writes ">" in text as it is, which HTML allows (only "<" and ambiguous "&" are not,
		// and Svelte escapes those). The rule is about style, not validity.
		'no-raw-characters': 'off',
		// Subresource integrity guards files on other people's servers; every script and
		// stylesheet here is same-origin. Still required for anything cross-origin.
		// The note page's anchors are the passage keys themselves (#runc.low-level, a public URL
		// contract): HTML allows any id without white space; the strict rule also bans dots.
		'valid-id': ['error', { relaxed: true }],
		'require-sri': ['error', { target: 'crossorigin' }]
	}
};
