'use strict';
// ICredentialsHelper for tests: n8n's CLI CredentialsHelper (packages/cli/src/credentials-helper.ts)
// minus the database. Credential data lives decrypted in an in-memory store; everything else
// (defaults, `$self`/`$credentials` expression resolution, generic `authenticate`,
// `preAuthentication`, OAuth token write-back) follows the CLI's logic and calls the same
// n8n-workflow / n8n-core helpers it calls.
//
// Left out on purpose (so tests do NOT prove them): credential overwrites, external secrets
// ($secrets always fails as on an instance without them), dynamic/end-user credentials,
// AI-gateway credentials, the preAuthentication domain allow-list wrapper, policy enforcement.
const { Credentials, getAdditionalKeys } = require('n8n-core');
const { ICredentialsHelper, NodeHelpers, UnexpectedError, UserError, Workflow, isExpression } = require('n8n-workflow');

// The CLI drops stored values of these when the type pins them as `hidden`, so the type's
// default (e.g. an authUrl expression) always wins over whatever was saved.
const PINNED_HIDDEN_FIELDS = ['authUrl', 'accessTokenUrl', 'grantType', 'authentication', 'requestTokenUrl', 'signatureMethod'];

const mockNode = { id: 'mock', name: '', typeVersion: 1, type: 'mock', position: [0, 0], parameters: {} };
const mockNodeTypes = {
	getByName: () => ({ description: { properties: [] } }),
	getByNameAndVersion: () => ({ description: { properties: [] } }),
	getKnownTypes: () => ({}),
};

const clone = (v) => (v === undefined ? v : structuredClone(v));

class HarnessCredentialsHelper extends ICredentialsHelper {
	/**
	 * @param {import('./credential-types').CredentialTypes} credentialTypes
	 * @param {Map<string, {id: string, name: string, type: string, data: object}>} store by credential id
	 */
	constructor(credentialTypes, store) {
		super();
		this.credentialTypes = credentialTypes;
		this.store = store;
	}

	getParentTypes(name) {
		return this.credentialTypes.getParentTypes(name);
	}

	isCredentialUsableByNode(credentialType, nodeType) {
		if (!this.credentialTypes.recognizes(credentialType)) return true;
		const type = this.credentialTypes.getByName(credentialType);
		if (!type.restrictToSupportedNodes) return true;
		const shortName = nodeType.split('.').pop();
		return (type.supportedNodes ?? []).some((n) => n === nodeType || n === shortName);
	}

	getCredentialsProperties(type) {
		return this.credentialTypes.getProperties(type);
	}

	entry(nodeCredentials, type) {
		const found = nodeCredentials?.id ? this.store.get(nodeCredentials.id) : undefined;
		if (!found || found.type !== type) {
			throw new UserError(`Credential with ID "${nodeCredentials?.id}" does not exist for type "${type}".`);
		}
		return found;
	}

	async getCredentials(nodeCredentials, type) {
		const { id, name, data } = this.entry(nodeCredentials, type);
		const credentials = new Credentials({ id, name }, type);
		await credentials.setData(clone(data)); // real n8n-core Cipher; the store itself stays plain
		return credentials;
	}

	async getDecrypted(additionalData, nodeCredentials, type, mode, executeData, raw, expressionResolveValues) {
		const data = clone(this.entry(nodeCredentials, type).data);
		if (raw === true) return data;
		return await this.applyDefaultsAndOverwrites(additionalData, data, type, mode, executeData, expressionResolveValues);
	}

	async applyDefaultsAndOverwrites(additionalData, original, type, mode, executeData, expressionResolveValues) {
		return this.resolveData(additionalData, original, type, mode, executeData, expressionResolveValues);
	}

	/**
	 * Defaults of the (merged) type properties, then expressions resolved with `$self` = the data.
	 * Synchronous (the legacy expression engine needs no isolate), async wrapper above for n8n's API.
	 */
	resolveData(additionalData, original, type, mode, executeData, expressionResolveValues) {
		const properties = this.getCredentialsProperties(type);
		const stored = { ...original };
		for (const field of PINNED_HIDDEN_FIELDS) {
			if (properties.some((p) => p.name === field && p.type === 'hidden')) delete stored[field];
		}
		let data = NodeHelpers.getNodeParameters(properties, stored, true, false, null, null);
		if (original.oauthTokenData !== undefined) data.oauthTokenData = original.oauthTokenData;

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });
		if (expressionResolveValues) {
			// During a node run: resolved in the node's context ($json etc. available), as the CLI does.
			const v = expressionResolveValues;
			try {
				data = v.workflow.expression.getParameterValue(data, v.runExecutionData, v.runIndex, v.itemIndex, v.node.name, v.connectionInputData, mode, additionalKeys, executeData, false, data);
			} catch (e) {
				e.message += ' [Error resolving credentials]';
				throw e;
			}
			return data;
		}
		const workflow = new Workflow({ nodes: [mockNode], connections: {}, active: false, nodeTypes: mockNodeTypes });
		return workflow.expression.getComplexParameterValue(mockNode, data, mode, additionalKeys, undefined, undefined, data);
	}

	/** Generic `authenticate` ({ type: 'generic', properties: { headers|qs|body|auth: {...} } }) or a function. */
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const { authenticate } = this.credentialTypes.getByName(typeName);
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (typeof authenticate !== 'object' || authenticate === null) return requestOptions;
		if (!workflow || !node) throw new UnexpectedError('Workflow and node are required for declarative credential authentication');
		requestOptions.headers ??= {};
		if (authenticate.type === 'generic') {
			for (const [outerKey, inner] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(inner)) {
					const k = this.resolveValue(key, credentials, workflow, node);
					requestOptions[outerKey] ??= {};
					requestOptions[outerKey][k] = this.resolveValue(value, credentials, workflow, node);
				}
			}
		}
		return requestOptions;
	}

	resolveValue(value, credentials, workflow, node) {
		if (!isExpression(value)) return value;
		const resolved = workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '');
		return resolved ? resolved.toString() : '';
	}

	/** Same rules as the CLI: only types with an `expirable` hidden property, on empty/expired/test. */
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = this.credentialTypes.getByName(typeName);
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (expirable?.name === undefined || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		if (node.credentials) {
			const nodeCredentials = node.credentials[type.name];
			const storedData = this.entry(nodeCredentials, type.name).data;
			const toPersist = { ...storedData };
			for (const [key, value] of Object.entries(output)) {
				if (key === expirable.name || !isExpression(storedData[key])) toPersist[key] = value;
			}
			await this.updateCredentials(nodeCredentials, type.name, toPersist);
			return Object.assign(credentials, output);
		}
		return undefined;
	}

	async runPreAuthentication(helpers, credentials, typeName) {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) ?? undefined;
	}

	async updateCredentials(nodeCredentials, type, data) {
		this.entry(nodeCredentials, type).data = clone(data);
	}

	/** Called by n8n-core after an OAuth2 refresh: persist only the new token data, like the CLI. */
	async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
		const entry = this.entry(nodeCredentials, type);
		entry.data = { ...entry.data, oauthTokenData: clone(data.oauthTokenData) };
	}
}

module.exports = { HarnessCredentialsHelper };
