import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { authenticationProperty, factorialCredentials } from '../shared/authentication';
import { pollChanges, recentChanges } from './poll';
import { WATCHED_RECORDS } from './watched';

/**
 * The poll contexts already used. n8n makes one when a workflow is published and polls with it until
 * it is unpublished, so a new one in 'activate' mode means "just published": start from now, rather
 * than emit everything that changed while the workflow was off. After an n8n restart ('init') or an
 * edit of the published workflow ('update') the stored watermark is kept, so nothing is lost.
 */
const knownContexts = new WeakSet<IPollFunctions>();

export class FactorialPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial Polling Trigger',
		name: 'factorialPollingTrigger',
		icon: { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Watch " + $parameter["watch"]}}',
		description: 'Starts the workflow when records change in Factorial HR, by asking Factorial at set times (no public URL needed)',
		defaults: { name: 'Factorial Polling Trigger' },
		// n8n adds its own Poll Times parameter and calls poll() at those times.
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: factorialCredentials,
		properties: [
			authenticationProperty,
			{
				displayName: 'Watch',
				name: 'watch',
				type: 'options',
				options: WATCHED_RECORDS.map(({ name, value, description }) => ({ name, value, description })),
				default: 'employees',
				description:
					'Which records to watch. Each output item is one record as Factorial lists it, plus a "change" field saying what happened (created, updated, …).',
			},
			{
				displayName:
					'The first poll after publishing only notes where things stand: changes made from then on start the workflow, one item per changed record. Several changes to one record between two polls give one item, with the record as it is then.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const watch = this.getNodeParameter('watch') as string;
		const watched = WATCHED_RECORDS.find((entry) => entry.value === watch);
		if (!watched) throw new NodeOperationError(this.getNode(), `Unknown record to watch: "${watch}"`);
		if (this.getMode() === 'manual') {
			const sample = await recentChanges(this, watched, Date.now());
			return sample.length > 0 ? [sample] : null;
		}
		const justPublished = this.getActivationMode() === 'activate' && !knownContexts.has(this);
		knownContexts.add(this);
		const items = await pollChanges(this, watched, Date.now(), { fromNow: justPublished });
		return items.length > 0 ? [items] : null;
	}
}
