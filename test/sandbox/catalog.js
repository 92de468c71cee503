'use strict';
// The full endpoint catalog of Factorial API 2026-10-01 (facts/operations-2026-10-01.json and
// facts/object-types-2026-10-01.json, verbatim copies; facts/README.md says where they come from).
// The generic layer (generic.js) serves any endpoint listed here that no hand-written resource owns.
const fs = require('node:fs');
const path = require('node:path');

const VERSION = '2026-10-01';
const PREFIX = `/api/${VERSION}/resources/`;
const dir = path.join(__dirname, 'facts');
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

const operations = load(`operations-${VERSION}.json`);
const objectTypes = load(`object-types-${VERSION}.json`);

// "namespace/resource" of an operation, and the tail after it ('', '{id}' or an action name).
function split(operation) {
	const [namespace, resource, tail = ''] = operation.path.slice(PREFIX.length).split('/');
	return { resourcePath: `${namespace}/${resource}`, tail: tail.startsWith('{') ? '{id}' : tail };
}

const byKey = new Map();
const resourcePaths = new Map(); // "namespace/resource" -> { objectType, operations: [] }
for (const operation of operations) {
	const { resourcePath, tail } = split(operation);
	byKey.set(`${operation.method} ${resourcePath} ${tail}`, operation);
	if (!resourcePaths.has(resourcePath)) resourcePaths.set(resourcePath, { objectType: operation.response.objectType, operations: [] });
	resourcePaths.get(resourcePath).operations.push(operation);
}

module.exports = {
	VERSION,
	PREFIX,
	operations,
	objectTypes,
	resourcePaths,
	/** The catalog operation for a method, "namespace/resource" and tail ('' | '{id}' | action), or undefined. */
	find: (method, resourcePath, tail) => byKey.get(`${method} ${resourcePath} ${tail}`),
	objectFields: (typeName) => {
		const type = objectTypes[typeName];
		if (!type) throw new Error(`sandbox catalog: unknown object type "${typeName}"`);
		return type.fields;
	},
	split,
};
