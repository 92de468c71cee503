'use strict';
// Copies of the project's Factorial fact catalog (facts/README.md says where they come from). Resources read their field
// lists from here so that nothing the sandbox accepts or returns is invented. The catalog lacks the
// allowance object and some bodies, objects and list filters; the supplement-*.json files fill only
// those gaps, from the official SDK's Ruby docs, and may never shadow a catalog entry.
const fs = require('node:fs');
const path = require('node:path');

const VERSION = '2026-10-01';
const dir = path.join(__dirname, 'facts');
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

const bodies = load(`bodies-${VERSION}.json`);
const listFilters = load(`list-filters-${VERSION}.json`);
const objects = load(`objects-${VERSION}.json`);
// One supplement file per area (supplement-*.json), merged; none may shadow the catalog or another.
const supplement = { objects: {}, bodies: {}, listFilters: {} };
for (const name of fs.readdirSync(dir).filter((n) => /^supplement-.+\.json$/.test(n)).sort()) {
	const part = load(name);
	for (const [kind, catalog] of [['objects', objects], ['bodies', bodies], ['listFilters', listFilters]]) {
		for (const [key, spec] of Object.entries(part[kind] || {})) {
			if (catalog[key]) throw new Error(`sandbox facts: ${name} ${kind} "${key}" would shadow the catalog`);
			if (supplement[kind][key]) throw new Error(`sandbox facts: ${name} ${kind} "${key}" is in two supplements`);
			supplement[kind][key] = spec;
		}
	}
}
// The catalog's 134 events and the 3 the SDK's types add (webhook-events-supplement-*.txt, see facts/README.md).
const lines = (name) => fs.readFileSync(path.join(dir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const webhookEvents = new Set([...lines(`webhook-events-${VERSION}.txt`), ...lines(`webhook-events-supplement-${VERSION}.txt`)]);
const endpoints = new Set(
	fs
		.readFileSync(path.join(dir, `endpoints-${VERSION}.tsv`), 'utf8')
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((line) => {
			const [, method, fullPath] = line.split('\t');
			return `${method} ${fullPath}`;
		}),
);

const full = (resourcePath, suffix = '') => `/api/${VERSION}/resources/${resourcePath}${suffix}`;

module.exports = {
	VERSION,
	// suffix: '' | '/{id}' | '/<action>'
	hasEndpoint: (method, resourcePath, suffix) => endpoints.has(`${method} ${full(resourcePath, suffix)}`),
	bodyFields: (method, resourcePath, suffix = '') => {
		const key = `${method} ${full(resourcePath, suffix)}`;
		const spec = bodies[key] || supplement.bodies[key];
		return spec ? spec.fields : null;
	},
	listParams: (resourcePath) => {
		const key = `GET ${full(resourcePath)}`;
		const spec = listFilters[key] || supplement.listFilters[key];
		return spec ? spec.params : null;
	},
	objectFields: (name) => {
		const spec = objects[name] || supplement.objects[name];
		if (!spec) throw new Error(`sandbox: unknown object "${name}" in facts`);
		return spec.fields;
	},
	// The subscription_type values of webhook-events-2026-10-01.txt and its supplement.
	isWebhookEvent: (type) => webhookEvents.has(type),
};
