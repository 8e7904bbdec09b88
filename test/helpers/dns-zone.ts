/**
 * A fake DNS zone as a resolver with the `dns.promises.resolve(name, rrtype)` contract, after
 * mailauth's own test helper (test/helpers/dns-zone.js): tests of live authentication stay offline.
 *   zoneResolver({ 'sender.example': { TXT: [['v=spf1 ip4:192.0.2.10 -all']] } })
 * A name absent from the zone is NXDOMAIN (ENOTFOUND), a present name without the type is NODATA
 * (ENODATA); a name mapped to `'SERVFAIL'` fails with ESERVFAIL (a temporary DNS error).
 * `calls` records every query.
 */
export type Zone = Record<string, Record<string, unknown[]> | 'SERVFAIL'>;

export interface ZoneResolver {
  (name: string, rrtype: string): Promise<unknown>;
  calls: { name: string; type: string }[];
}

export function zoneResolver(zone: Zone): ZoneResolver {
  const byName = new Map(Object.entries(zone).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));
  const resolver = (async (name: string, type: string) => {
    resolver.calls.push({ name, type });
    const node = byName.get(String(name).toLowerCase().replace(/\.$/, ''));
    const fail = (code: string) => Object.assign(new Error(`${code}: ${name} ${type}`), { code });
    if (node === 'SERVFAIL') throw fail('ESERVFAIL');
    if (!node) throw fail('ENOTFOUND');
    const records = node[type];
    if (records?.length) return records;
    throw fail('ENODATA');
  }) as ZoneResolver;
  resolver.calls = [];
  return resolver;
}
