'use strict';
// A wrong wiring of a picker or an operation is a compile error (engine/types.ts, engine/locators.ts):
// small TypeScript snippets that import the real types are type-checked in memory, each alone, and
// each wrong one must fail with the error that names the mistake; the right one must compile.
const path = require('node:path');
const ts = require('typescript');

const ENGINE = path.join(__dirname, '..', 'nodes', 'Factorial', 'engine');

const snippets = {
	right: `
		import type { FieldSpec, FreeformOperationSpec, EndpointOperationSpec } from './types';
		import type { LocatorSpec } from './locators';
		export const picker: FieldSpec = { wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team' };
		export const plain: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string' };
		export const spec: LocatorSpec = { searchMethod: 'searchTeams', noun: 'team', placeholder: 'e.g. 1' };
		export const endpoint: EndpointOperationSpec = { name: 'get', displayName: 'Get', action: 'Get', description: 'd', method: 'GET', path: 'teams/teams/{id}' };
		export const free: FreeformOperationSpec = { name: 'call', displayName: 'Call', action: 'Call', description: 'd', prepare: () => ({ request: { method: 'GET', path: 'x' } }) };
	`,
	locatorWithoutList: `
		import type { FieldSpec } from './types';
		export const picker: FieldSpec = { wire: 'team_id', displayName: 'Team', kind: 'locator' };
	`,
	listOnAPlainField: `
		import type { FieldSpec } from './types';
		export const plain: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', locator: 'team' };
	`,
	unknownList: `
		import type { FieldSpec } from './types';
		export const picker: FieldSpec = { wire: 'x', displayName: 'X', kind: 'locator', locator: 'teams' };
	`,
	misspeltSearchMethod: `
		import type { LocatorSpec } from './locators';
		export const spec: LocatorSpec = { searchMethod: 'searchTeam', noun: 'team', placeholder: 'e.g. 1' };
	`,
	freeformWithFakeEndpoint: `
		import type { OperationSpec } from './types';
		export const free: OperationSpec = { name: 'call', displayName: 'Call', action: 'Call', description: 'd', method: 'GET', path: '', prepare: () => ({ request: { method: 'GET', path: 'x' } }) };
	`,
	endpointWithoutPath: `
		import type { OperationSpec } from './types';
		export const endpoint: OperationSpec = { name: 'get', displayName: 'Get', action: 'Get', description: 'd', method: 'GET' };
	`,
};

/** Type-checks each snippet as a file of engine/ and returns its errors' messages. */
function check() {
	const files = Object.fromEntries(Object.entries(snippets).map(([name, text]) => [path.join(ENGINE, `__wiring_${name}.ts`), text]));
	const options = { strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 };
	const host = ts.createCompilerHost(options);
	const { getSourceFile, fileExists, readFile } = host;
	host.fileExists = (file) => file in files || fileExists.call(host, file);
	host.readFile = (file) => files[file] ?? readFile.call(host, file);
	host.getSourceFile = (file, language, ...rest) =>
		file in files ? ts.createSourceFile(file, files[file], language) : getSourceFile.call(host, file, language, ...rest);
	const program = ts.createProgram(Object.keys(files), options, host);
	const errors = {};
	for (const [file] of Object.entries(files)) {
		const name = path.basename(file, '.ts').replace('__wiring_', '');
		errors[name] = ts
			.getPreEmitDiagnostics(program, program.getSourceFile(file))
			.filter((d) => d.file && d.file.fileName === file)
			.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
	}
	return errors;
}

const errors = check();

test('a right wiring compiles', () => {
	expect(errors.right).toEqual([]);
});

test.each([
	['locatorWithoutList', /Property 'locator' is missing/],
	['listOnAPlainField', /LocatorKind/],
	['unknownList', /"teams"/],
	['misspeltSearchMethod', /Did you mean '"searchTeams"'/],
	['freeformWithFakeEndpoint', /not assignable/],
	['endpointWithoutPath', /path/],
])('%s does not compile', (name, message) => {
	expect(errors[name].length).toBeGreaterThan(0);
	expect(errors[name].join('\n')).toMatch(message);
});
