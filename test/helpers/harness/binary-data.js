'use strict';
// Binary data for harness runs, through n8n-core's own BinaryDataService (the process-wide instance
// that ExecuteContext's helpers use). Two modes:
//   memory      - the service uninitialised: binaries travel as base64 in the item (`data`),
//                 as in n8n 1.x's default mode
//   filesystem  - the service initialised as n8n 2.x does by default: binaries are files under the
//                 harness's temporary N8N_USER_FOLDER, items carry an `id`, helpers stream them
// The mode is process-wide (one jest file = one process), so a test file picks one per test.
const { Container } = require('@n8n/di');
const { BinaryDataService } = require('n8n-core');

const LOCATION = { type: 'execution', workflowId: 'harness', executionId: 'harness-execution' };
let initialised = false;

async function useBinaryMode(mode) {
	const service = Container.get(BinaryDataService);
	if (mode === 'filesystem') {
		if (!initialised) {
			await service.init(); // reads BinaryDataConfig: mode 'filesystem' for a regular (non-queue) instance
			initialised = true;
		}
		service.mode = 'filesystem-v2';
	} else if (mode === 'memory') {
		service.mode = 'default'; // no manager for it: the service keeps binaries in the item
	} else {
		throw new Error(`n8n-harness: unknown binary mode ${mode}`);
	}
}

/** Binary data for an input item, stored the way the current mode stores it. */
async function storeBinary(buffer, { fileName, mimeType }) {
	const service = Container.get(BinaryDataService);
	return await service.store(LOCATION, buffer, { mimeType, fileName, data: '' });
}

/** The bytes of an output item's binary data, from the item or the store. */
async function readBinary(binaryData) {
	return await Container.get(BinaryDataService).getAsBuffer(binaryData);
}

module.exports = { useBinaryMode, storeBinary, readBinary };
