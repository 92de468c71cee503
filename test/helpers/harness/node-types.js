'use strict';
// INodeTypes over the node(s) a test loads. n8n's loader registers community nodes as
// `<package name>.<description.name>`; the harness does the same.
const { NodeHelpers, UnexpectedError } = require('n8n-workflow');

const DEFAULT_PACKAGE = 'n8n-nodes-factorial';

// Shell of n8n-nodes-base's NoOp: the CLI's credential tester builds its temporary node from it
// (only `name` and `version` of this description are used; properties are replaced).
const noOpNodeType = {
	description: {
		displayName: 'No Operation, do nothing',
		name: 'n8n-nodes-base.noOp',
		group: ['organization'],
		version: 1,
		description: 'No Operation',
		defaults: { name: 'No Operation, do nothing' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
};

class NodeTypes {
	constructor() {
		this.types = new Map([[noOpNodeType.description.name, noOpNodeType]]);
	}

	/** Registers a node class (or instance) and returns its full type name. */
	add(nodeClass, packageName = DEFAULT_PACKAGE) {
		const type = typeof nodeClass === 'function' ? new nodeClass() : nodeClass;
		const fullName = type.description.name.includes('.') ? type.description.name : `${packageName}.${type.description.name}`;
		this.types.set(fullName, type);
		return { fullName, type };
	}

	set(fullName, type) {
		this.types.set(fullName, type);
	}

	delete(fullName) {
		this.types.delete(fullName);
	}

	getByName(name) {
		const type = this.types.get(name);
		if (!type) throw new UnexpectedError(`Unknown node type "${name}"`);
		return type;
	}

	getByNameAndVersion(name, version) {
		return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Latest version of a (possibly versioned) node type, as n8n picks for a new node. */
function latestVersion(type) {
	if (type.nodeVersions) return type.currentVersion ?? type.description.defaultVersion;
	const v = type.description.version;
	return Array.isArray(v) ? v[v.length - 1] : v;
}

module.exports = { NodeTypes, latestVersion, DEFAULT_PACKAGE };
