// Run per request, not prerendered: the feedback benchmark measures this
// route as the server's floor, the cost of a request that does no work.
export const dynamic = 'force-dynamic';

/** Tells a load balancer or the benchmark that the server is up. */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
