'use strict';
// Verbatim copies of /work/shared/factorial catalog files (see facts/). Resources read their field
// lists from here so that nothing the sandbox accepts or returns is invented.
const fs = require('node:fs');
const path = require('node:path');

const VERSION = '2026-10-01';
const dir = path.join(__dirname, 'facts');
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

const bodies = load(`bodies-${VERSION}.json`);
const listFilters = load(`list-filters-${VERSION}.json`);
const objects = load(`objects-${VERSION}.json`);
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
		const spec = bodies[`${method} ${full(resourcePath, suffix)}`];
		return spec ? spec.fields : null;
	},
	listParams: (resourcePath) => {
		const spec = listFilters[`GET ${full(resourcePath)}`];
		return spec ? spec.params : null;
	},
	objectFields: (name) => {
		if (!objects[name]) throw new Error(`sandbox: unknown object "${name}" in facts`);
		return objects[name].fields;
	},
};
