'use strict';
// Factorial's rules for endpoints the generic layer (generic.js) serves, where "store what was sent"
// is not what Factorial does (bulk actions, toggles, filters that are ranges). One file per area,
// each exporting { "namespace/resource": { list, actions } }:
// - list: { queryParam: (value, query) => (record) => boolean }, in place of the generic filter of that name;
// - actions: { action: (api, values) => answer }, api = { collection, records, insert, update, remove, now, fixtures }.
// Every file here is loaded; a resource path ruled by two files is an error.
const fs = require('node:fs');
const path = require('node:path');

const rules = {};
for (const name of fs.readdirSync(__dirname).filter((n) => n.endsWith('.js') && n !== 'index.js').sort()) {
	for (const [resourcePath, rule] of Object.entries(require(path.join(__dirname, name)))) {
		if (rules[resourcePath]) throw new Error(`sandbox rules: ${resourcePath} is ruled twice (${name})`);
		rules[resourcePath] = rule;
	}
}
module.exports = rules;
