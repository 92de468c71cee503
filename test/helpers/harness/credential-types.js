'use strict';
// Registry of credential types: the package's classes plus the built-in parents they extend.
// Mirrors what n8n's CLI CredentialTypes + CredentialsHelper.getCredentialsProperties do.
const { NodeHelpers, UnexpectedError } = require('n8n-workflow');
const { oAuth2Api } = require('./oauth2-api.credentials');

class CredentialTypes {
	constructor(credentialClasses = []) {
		this.types = new Map([[oAuth2Api.name, oAuth2Api]]);
		for (const C of credentialClasses) {
			const type = typeof C === 'function' ? new C() : C;
			this.types.set(type.name, type);
		}
	}

	recognizes(name) {
		return this.types.has(name);
	}

	getByName(name) {
		const type = this.types.get(name);
		if (!type) throw new UnexpectedError(`Unknown credential type "${name}" (not in credentialClasses)`);
		return type;
	}

	/** All ancestors, nearest first, e.g. ['oAuth2Api'] for a type that extends it. */
	getParentTypes(name) {
		const parents = [];
		for (const parent of this.getByName(name).extends ?? []) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	/** Properties with parents merged under the type's own (child wins), as n8n's CLI does. */
	getProperties(name) {
		const type = this.getByName(name);
		if (type.extends === undefined) {
			if (name === 'oAuth2Api' || name === 'oAuth1Api') {
				// n8n adds this so token data survives NodeHelpers.getNodeParameters.
				return [
					...type.properties,
					{ displayName: 'oauthTokenData', name: 'oauthTokenData', type: 'json', required: false, default: {} },
				];
			}
			return type.properties;
		}
		const merged = [];
		for (const parent of type.extends) {
			NodeHelpers.mergeNodeProperties(merged, this.getProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(merged, type.properties);
		return merged;
	}
}

module.exports = { CredentialTypes };
