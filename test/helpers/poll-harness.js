'use strict';
// In-process harness for a polling trigger node: poll() runs in n8n-core's real PollContext on one
// n8n-workflow Workflow whose static data lives across polls, as in a running n8n. What n8n's CLI
// adds around it is modelled, not run: it calls poll() at the Poll Times, and it writes static data
// to its database at activation and whenever a poll emits items (a poll that emits nothing is kept
// in memory only). Like n8n, one PollContext serves every poll of one activation: made when the
// workflow is published ('activate'), or when n8n starts again ('init', see `restart()`: a new
// Workflow from what was written).
const { internals } = require('./n8n-harness'); // bootstraps the @n8n/di Container first
const { PollContext } = require('n8n-core');

function createPoller({ nodeClass, credentialClasses, credentials, parameters }) {
	let setup;
	let saved = {};

	function start(staticData, activation) {
		setup = internals.setup({ nodeClass, credentialClasses, credentials, parameters });
		setup.workflow.overrideStaticData(structuredClone(staticData));
		setup.workflow.staticData.__dataChanged = false;
		setup.additionalData = internals.createAdditionalData({ credentialsHelper: setup.credentialsHelper });
		setup.type = setup.nodeTypes.getByNameAndVersion(setup.node.type, setup.node.typeVersion);
		setup.polls = 0;
		setup.context = new PollContext(setup.workflow, setup.node, setup.additionalData, 'trigger', activation);
	}
	start(saved, 'activate');

	const snapshot = () => JSON.parse(JSON.stringify(setup.workflow.staticData));

	/** One poll as n8n's scheduler runs it ('trigger' mode), or Fetch Test Event ('manual'). */
	async function poll({ mode = 'trigger' } = {}) {
		const context = mode === 'manual' ? new PollContext(setup.workflow, setup.node, setup.additionalData, 'manual', 'manual') : setup.context;
		const result = await setup.type.poll.call(context);
		const first = setup.polls++ === 0;
		if (mode !== 'manual' && (result !== null || first) && setup.workflow.staticData.__dataChanged) {
			saved = snapshot();
			setup.workflow.staticData.__dataChanged = false;
		}
		return result === null ? [] : result[0].map((item) => item.json);
	}

	return {
		poll,
		/** n8n stopped and started again: the workflow comes back with the static data it had written. */
		restart() {
			start(saved, 'init');
		},
		/** Unpublished, then published again: n8n keeps the workflow's static data, and makes a new context. */
		republish() {
			start(snapshot(), 'activate');
		},
		staticData: () => snapshot()['node:Node Under Test'],
		saved: () => saved['node:Node Under Test'],
		changedSinceSave: () => setup.workflow.staticData.__dataChanged === true,
		get node() {
			return setup.node;
		},
	};
}

module.exports = { createPoller };
