import type {
	IExecuteFunctions,
	IHttpRequestMethods,
	INodePropertyOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

import type { PageWindow } from '../transport/paginate';
import type { FactorialRequest } from '../transport/request';

/**
 * How a value is read from n8n and written for Factorial:
 * date → YYYY-MM-DD, dateTime → ISO 8601 with offset, list → array (`name[]` in queries),
 * json → parsed object, id → a record id typed in (checked, as it may go into the path),
 * locator → the id picked from a searchable list or typed by hand.
 */
export type FieldKind =
	| 'string'
	| 'email'
	| 'number'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'options'
	| 'list'
	| 'json'
	| 'id'
	| 'locator';

/** Where a value goes. Defaults: query for GET and DELETE, body for POST and PUT. */
export type Placement = 'path' | 'query' | 'body' | 'pathAndBody';

export type LocatorKind =
	| 'employee'
	| 'team'
	| 'location'
	| 'company'
	| 'leaveType'
	| 'project'
	| 'contractVersion'
	| 'jobPosting'
	| 'candidate'
	| 'applicationPhase';

export interface FieldSpec {
	/** Factorial's name for the value, exactly as in the API catalog. */
	wire: string;
	displayName: string;
	kind: FieldKind;
	/** n8n parameter name; defaults to the camelCase of `wire`. */
	name?: string;
	required?: boolean;
	description?: string;
	hint?: string;
	placeholder?: string;
	default?: NodeParameterValueType;
	options?: INodePropertyOptions[];
	locator?: LocatorKind;
	in?: Placement;
	/**
	 * Filled in when left empty: `companyId` from Factorial's credentials endpoint (once per
	 * execution), `now` with the current time.
	 */
	autofill?: 'companyId' | 'now';
	/** Extra conditions, besides resource and operation, for showing the field. */
	showWhen?: Record<string, Array<string | boolean>>;
}

export interface CollectionSpec {
	name: 'additionalFields' | 'updateFields' | 'filters';
	displayName: string;
	fields: FieldSpec[];
}

/** A request ready to send, and whether it is a list to page through. */
export interface PreparedRequest {
	request: FactorialRequest;
	page?: PageWindow;
}

export interface OperationSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Below /resources/, with `{wire}` placeholders filled from path fields. */
	path: string;
	fields?: FieldSpec[];
	optional?: CollectionSpec;
	/** A paginated list: adds Return All and Limit. */
	list?: boolean;
	/** Only where an operation is special: replaces the generic parameters → request mapping. */
	prepare?: (context: IExecuteFunctions, itemIndex: number, lookups: Lookups) => Promise<PreparedRequest> | PreparedRequest;
}

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
	operations: OperationSpec[];
}

/** Values some operations need from Factorial before they can be sent, fetched once per execution. */
export interface Lookups {
	companyId(): Promise<string>;
}

