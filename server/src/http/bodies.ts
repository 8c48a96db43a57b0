// The body helpers live with the route table in contracts (contract.ts); kept here for the
// route modules that still import them from the server.
export { NoBody, optionalBody } from '@cherha/contracts';
