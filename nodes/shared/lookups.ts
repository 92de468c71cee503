import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { factorialRequest } from './transport/request';
import type { FactorialContext, TransportOptions } from './transport/request';

/** Values some operations need from Factorial before they can be sent, fetched once per execution. */
export interface Lookups {
	companyId(): Promise<string>;
}

/**
 * Lookups memoised for one execution (or one trigger activation), so many items cost one request.
 */
export function executionLookups(context: FactorialContext, transport: TransportOptions): Lookups {
	let companyId: Promise<string> | undefined;
	return {
		async companyId() {
			companyId ??= (async () => {
				const page = (await factorialRequest(
					context,
					{ method: 'GET', path: 'api_public/credentials' },
					transport,
				)) as { data?: IDataObject[] } | undefined;
				const id = page?.data?.[0]?.company_id;
				if (id === undefined || id === null || id === '') {
					throw new NodeOperationError(
						context.getNode(),
						'Factorial did not say which company this credential belongs to; enter the Company ID',
					);
				}
				return String(id);
			})();
			return await companyId;
		},
	};
}
