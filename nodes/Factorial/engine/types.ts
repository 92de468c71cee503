import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

import type { PageWindow } from '../../shared/transport/paginate';
import type { Lookups } from '../../shared/lookups';
import type { FactorialRequest, QueryValue, TransportOptions } from '../../shared/transport/request';

export type { Lookups };

/**
 * How a value is read from n8n and written for Factorial:
 * date → YYYY-MM-DD, dateTime → ISO 8601 with offset, time → HH:MM (a time of day),
 * timeZone → an IANA name that exists, email → text with an @, url → an http(s) URL,
 * list → array (`name[]` in queries),
 * json → parsed object, id → a record id typed in (checked, as it may go into the path),
 * locator → the id picked from a searchable list or typed by hand,
 * binary → the name of the input item's binary property, sent as a file part (multipart bodies only).
 */
export type FieldKind =
	| 'string'
	| 'email'
	| 'number'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'time'
	| 'timeZone'
	| 'url'
	| 'options'
	| 'list'
	| 'json'
	| 'id'
	| 'locator'
	| 'binary';

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
	| 'applicationPhase'
	| 'access'
	| 'folder';

interface FieldBase {
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
	/**
	 * A long list of options the editor loads when the dropdown opens (a node method of this name),
	 * kept out of the node's description, which n8n sends to the browser whole; `options` still
	 * holds the list the value is checked against.
	 */
	optionsOnDemand?: 'webhookEvents';
	/** Bounds of a number, where the value has natural ones (a latitude, a percentage, minutes). */
	min?: number;
	max?: number;
	/** A number that must be whole (counts, months, ids). */
	integer?: boolean;
	/** What each entry of a list must be (a list of IDs, of email addresses). */
	each?: 'id' | 'email';
	/** Longest text accepted; values.ts has the defaults (long enough for any name or note). */
	maxLength?: number;
	in?: Placement;
	/**
	 * Filled in when left empty: `companyId` from Factorial's credentials endpoint (once per
	 * execution), `now` with the current time, `emptyList` with [] (a list Factorial requires even
	 * when it has nothing in it).
	 */
	autofill?: 'companyId' | 'now' | 'emptyList';
	/** Extra conditions, besides resource and operation, for showing the field. */
	showWhen?: Record<string, Array<string | boolean>>;
}

/** A picker: it must say which list it searches (a locator field without one does not compile). */
export interface LocatorFieldSpec extends FieldBase {
	kind: 'locator';
	locator: LocatorKind;
}

export interface ValueFieldSpec extends FieldBase {
	kind: Exclude<FieldKind, 'locator'>;
	locator?: never;
}

export type FieldSpec = LocatorFieldSpec | ValueFieldSpec;

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

/**
 * One operation. Named like every other thing here and like an n8n parameter: `name` is what
 * workflows store (the Operation dropdown's value), `displayName` what the user reads.
 */
interface OperationBase {
	name: string;
	displayName: string;
	action: string;
	description: string;
	fields?: FieldSpec[];
	/** Parameters the node reads itself and never sends, e.g. the binary property a download fills. */
	settings?: INodeProperties[];
	/** Only where the response is special: turns it into the item's output (e.g. fetches files it points to). */
	output?: (
		context: IExecuteFunctions,
		itemIndex: number,
		response: unknown,
		transport: TransportOptions,
	) => Promise<INodeExecutionData[]>;
	/**
	 * What an AI agent reads when the node is its tool (engine/tool.ts builds the sentence from
	 * action, description and fields): `needs`/`returns` where the generic words would be wrong or
	 * vague, `caution` for a write an agent must not do without the user's go-ahead.
	 */
	tool?: { needs?: string; returns?: string; caution?: string };
}

/** One Factorial endpoint, described as data: the generic mapping (engine/prepare.ts) builds its requests. */
export interface EndpointOperationSpec extends OperationBase {
	method: IHttpRequestMethods;
	/** Below /resources/, with `{wire}` placeholders filled from path fields. */
	path: string;
	optional?: CollectionSpec;
	/** A paginated list: adds Return All and Limit. */
	list?: boolean;
	/** How the body is sent: JSON (default), or multipart/form-data, where `binary` fields are file parts. */
	bodyEncoding?: 'json' | 'multipart';
	/** For a write: how to tell whether it was applied when Factorial gave no clear answer (engine/writeCheck.ts). */
	check?: WriteCheck;
	/** Factorial's SDK lists only x-api-key for the endpoint: refused before sending with an OAuth2 credential. */
	apiKeyOnly?: true;
	prepare?: never;
}

/**
 * An operation with no endpoint of its own (Custom API Call: the user names method and path): it
 * builds each request itself from its fields.
 */
export interface FreeformOperationSpec extends OperationBase {
	prepare: (context: IExecuteFunctions, itemIndex: number, lookups: Lookups) => Promise<PreparedRequest> | PreparedRequest;
	method?: never;
	path?: never;
	optional?: never;
	list?: never;
	check?: never;
	apiKeyOnly?: never;
}

export type OperationSpec = EndpointOperationSpec | FreeformOperationSpec;

/** What an unanswered write sent: its path and its values (a multipart file part as its file name). */
export interface SentWrite {
	path: string;
	values: IDataObject;
}

/** One read of Factorial: a list (every page is read) or one record. */
export interface CheckRead {
	/** Below /resources/, already URL-encoded. */
	path: string;
	query?: Record<string, QueryValue>;
	list?: boolean;
}

/**
 * How to tell, after a write got no clear answer, whether Factorial applied it: a read built from what
 * was sent, and what a record must look like if the write was applied. A record that matches → the
 * write was applied and the item gets that record; none → it was not, and the node sends it once more.
 */
export interface WriteCheck {
	/** What Factorial shows once the write is applied, in words, for the README's list (tested). */
	shows: string;
	/** Undefined when what was sent does not say where to look (e.g. no employee named): the item stays in doubt. */
	read: (sent: SentWrite) => CheckRead | undefined;
	applied: (record: IDataObject, sent: SentWrite) => boolean;
	/**
	 * For a write to several records at once: how many must show it. The item then carries them all,
	 * as Factorial's answer would. Without it, one record that shows it is enough.
	 */
	count?: (sent: SentWrite) => number;
	/** A one-record read answered 404 means the write removed it (a delete). Otherwise a 404 fails the check. */
	goneMeansApplied?: boolean;
}

export interface ResourceSpec {
	name: string;
	displayName: string;
	description?: string;
	operations: OperationSpec[];
}

