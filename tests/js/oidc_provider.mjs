// A real OpenID Connect provider for the test suite: panva's certified oidc-provider, on loopback.
//
//   node oidc_provider.mjs [PORT]
//
// PORT (or OIDC_PORT; 0 or absent: any free port). The issuer is http://127.0.0.1:<port>.
// OIDC_CLIENTS: JSON list of clients, [{client_id, client_secret, redirect_uris, token_endpoint_auth_method?}]
//   (client_secret_post unless told: allauth picks it from discovery when the provider offers it).
// OIDC_ACCOUNTS: JSON object, account id -> {sub?, email, email_verified, name, amr?}. The account id is what
//   the sign-in page asks for (any password is accepted); amr goes into the ID token, as a provider that asked
//   for a second factor would put it.
//
// Prints "ready <issuer>" once listening; exits when stdin closes, on SIGTERM or SIGINT.
// The sign-in and consent pages are this file's own (oidc-provider's devInteractions are for browsers only and
// cannot report amr): GET /interaction/<uid> shows the prompt, POST /interaction/<uid>/login and
// /interaction/<uid>/consent answer it.

import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const clients = JSON.parse(process.env.OIDC_CLIENTS || '[]').map((client) => ({
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_post',
  ...client,
}));
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || '{}');
const requestedPort = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'cylch-tests', use: 'sig', alg: 'RS256' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(body))));
    req.on('error', reject);
  });
}

function send(res, status, html) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

async function interaction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    send(res, 400, page('Wrong interaction', '<p>This page belongs to another sign-in.</p>'));
    return;
  }
  const { prompt, params, session } = details;
  if (req.method === 'GET' && !action) {
    if (prompt.name === 'login') {
      send(res, 200, page('Sign in to the test provider', `
<form method="post" action="/interaction/${uid}/login">
  <p><label for="login">Account</label> <input id="login" name="login" required autofocus></p>
  <p><label for="password">Password</label> <input id="password" name="password" type="password"></p>
  <p><button type="submit">Sign in</button></p>
</form>`));
    } else {
      send(res, 200, page('Allow access', `
<p>${escapeHtml(params.client_id)} asks for: ${escapeHtml(params.scope)}.</p>
<form method="post" action="/interaction/${uid}/consent"><p><button type="submit">Allow</button></p></form>`));
    }
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, page('Method not allowed', ''));
    return;
  }
  const form = await readForm(req);
  if (action === 'login' && prompt.name === 'login') {
    const account = accounts[form.login];
    if (!account) {
      send(res, 200, page('Sign in to the test provider', '<p role="alert">No such account.</p>'));
      return;
    }
    const login = { accountId: form.login, ...(account.amr ? { amr: account.amr } : {}) };
    await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'consent' && prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  send(res, 400, page('Unexpected answer', `<p>The provider asked for ${escapeHtml(prompt.name)}.</p>`));
}

let handle = (req, res) => send(res, 503, 'starting');
const server = createServer((req, res) => handle(req, res));
server.listen(requestedPort, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomUUID()] },
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      // A provider that knows how the person signed in says so in every ID token (RFC 8176).
      openid: ['sub', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interactionState) => `/interaction/${interactionState.uid}` },
    async findAccount(ctx, accountId) {
      const account = accounts[accountId];
      if (!account) return undefined;
      return {
        accountId,
        async claims() {
          const { amr, ...claims } = account;
          return { ...claims, sub: account.sub ?? accountId };
        },
      };
    },
    // The test clients are confidential and use PKCE anyway; nothing here is renewed.
    pkce: { required: () => true },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Provider error', `<pre>${escapeHtml(JSON.stringify(out))}</pre>`);
    },
  });
  const providerHandler = provider.callback();
  handle = (req, res) => {
    const match = /^\/interaction\/([^/?]+)(?:\/(login|consent))?\/?(?:\?.*)?$/.exec(req.url);
    if (!match) {
      providerHandler(req, res);
      return;
    }
    interaction(provider, req, res, match[1], match[2]).catch((error) => {
      send(res, 400, page('Interaction failed', `<pre>${escapeHtml(error.message)}</pre>`));
    });
  };
  process.stdout.write(`ready ${issuer}\n`);
});

function stop() {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
