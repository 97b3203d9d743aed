// TLS session resumption: a client offers a session it was given ('session' event) and both
// sides see the connection resumed (isSessionReused), over TLS 1.3 and 1.2; an unknown session
// means a full handshake; https.Agent keeps sessions per host and resumes with them unless
// maxCachedSessions is 0.
const tls = require('tls');
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = process.env.PACK_TEST_CERTS;
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));

function connect(port, extra) {
  return new Promise((resolve) => {
    const sessions = [];
    let reused;
    const socket = tls.connect({ port, host: '127.0.0.1', ca: cert, servername: 'localhost', ...extra }, () => {
      reused = socket.isSessionReused();
    });
    socket.on('session', (session) => sessions.push(session));
    socket.resume();
    socket.on('close', () => resolve({ reused, sessions, gotSession: Buffer.isBuffer(socket.getSession()) }));
  });
}

async function round(label, versions) {
  const serverSide = [];
  const server = tls.createServer({ key, cert, ...versions }, (s) => {
    serverSide.push(s.isSessionReused());
    s.end('x');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const first = await connect(port, versions);
  console.log(label, 'first: reused', first.reused, 'server', serverSide.pop(), 'sessions given', first.sessions.length > 0, first.sessions.every(Buffer.isBuffer));
  const second = await connect(port, { ...versions, session: first.sessions[first.sessions.length - 1] });
  console.log(label, 'with its session: reused', second.reused, 'server', serverSide.pop(), 'getSession is a Buffer', second.gotSession);
  const third = await connect(port, { ...versions, session: Buffer.from('not a session') });
  console.log(label, 'unknown session: reused', third.reused, 'server', serverSide.pop());
  await new Promise((r) => server.close(r));
}

async function agentRound(label, agentOptions) {
  const server = https.createServer({ key, cert }, (req, res) => res.end(String(req.socket.isSessionReused())));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const agent = new https.Agent(agentOptions);
  const answers = [];
  for (let i = 0; i < 3; i++) {
    answers.push(await new Promise((resolve) => https.get({ host: '127.0.0.1', port: server.address().port, ca: cert, servername: 'localhost', agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    })));
  }
  console.log(label, 'server saw resumed:', answers.join(' '), 'cached', Object.keys(agent._sessionCache.map).length);
  agent.destroy();
  await new Promise((r) => server.close(r));
}

(async () => {
  await round('TLSv1.3', {});
  await round('TLSv1.2', { maxVersion: 'TLSv1.2' });
  await agentRound('agent', { keepAlive: false });
  await agentRound('agent without cache', { keepAlive: false, maxCachedSessions: 0 });
})();
