// The node may run as an AI agent's tool and be handed hostile input. Only a plain relative path
// below /api/{version}/resources/ is accepted, so the credential can only ever be sent to the
// Factorial host of the credential: no scheme, host, "..", percent-encoding, query or fragment.
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function resourcePath(input: string): string | undefined {
	const trimmed = input.trim().replace(/^\/(?!\/)/, '');
	if (trimmed === '') return undefined;
	const segments = trimmed.split('/');
	return segments.every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment))
		? segments.join('/')
		: undefined;
}
