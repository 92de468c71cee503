'use strict';
// A local HTTP server (127.0.0.1 only) whose answers a test scripts, for servers that misbehave in
// ways the sandbox does not: redirects, silence, endless or looping pagination. It records every
// request it receives, so a test can also assert that nothing arrived.
//
// handler(request) → { status, headers, body } | 'silent' (never answer) | 'reset' (drop the socket);
// request is { method, path, query, headers, body }.
const http = require('node:http');

function startScriptedServer(handler = () => ({ status: 404, body: { errors: [{ message: 'not scripted' }] } })) {
	const requests = [];
	const sockets = new Set();
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const url = new URL(req.url, 'http://127.0.0.1');
			const request = { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: raw };
			requests.push(request);
			const answer = handler(request);
			if (answer === 'silent') return;
			if (answer === 'reset') return req.socket.destroy();
			const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
			res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
			res.end(body);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}`;
			resolve({
				url,
				host: new URL(url).host,
				requests,
				setHandler: (next) => (handler = next),
				close: () =>
					new Promise((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					}),
			});
		});
	});
}

module.exports = { startScriptedServer };
