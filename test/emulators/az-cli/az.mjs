// A stand-in for the Azure CLI after `azure/login` as a service principal: `az account
// get-access-token --resource R [--tenant T]` asks the Entra emulator for a client-credentials
// token (the principal in AZ_SHIM_CLIENT_ID / _SECRET / _TENANT at AZ_SHIM_AUTHORITY) and prints
// what the real CLI prints. Every call is appended to AZ_SHIM_LOG. `az` not logged in
// (AZ_SHIM_LOGGED_OUT=1) answers like the real one.
import { appendFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (process.env.AZ_SHIM_LOG) appendFileSync(process.env.AZ_SHIM_LOG, JSON.stringify(argv) + '\n');
if (argv[0] !== 'account' || argv[1] !== 'get-access-token') {
  console.error(`az shim: ${argv.slice(0, 2).join(' ')} is not emulated`);
  process.exit(2);
}
if (process.env.AZ_SHIM_LOGGED_OUT === '1') {
  console.error("ERROR: Please run 'az login' to setup account.");
  process.exit(1);
}
const resource = argv[argv.indexOf('--resource') + 1];
const tenant = argv.includes('--tenant') ? argv[argv.indexOf('--tenant') + 1] : process.env.AZ_SHIM_TENANT;
const body = new URLSearchParams({
  grant_type: 'client_credentials',
  client_id: process.env.AZ_SHIM_CLIENT_ID ?? '',
  client_secret: process.env.AZ_SHIM_CLIENT_SECRET ?? '',
  scope: `${resource}/.default`
});
const res = await fetch(`${process.env.AZ_SHIM_AUTHORITY}/${tenant}/oauth2/v2.0/token`, { method: 'POST', body });
const json = await res.json();
if (!res.ok) {
  console.error(`ERROR: ${json.error_description ?? res.status}`);
  process.exit(1);
}
const exp = Math.floor(Date.now() / 1000) + Number(json.expires_in ?? 3600);
console.log(
  JSON.stringify(
    {
      accessToken: json.access_token,
      expiresOn: new Date(exp * 1000).toISOString().replace('T', ' ').slice(0, 19),
      expires_on: exp,
      subscription: process.env.AZ_SHIM_SUBSCRIPTION,
      tenant,
      tokenType: 'Bearer'
    },
    null,
    2
  )
);
