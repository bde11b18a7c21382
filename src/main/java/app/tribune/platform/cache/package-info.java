/**
 * The page cache: public pages rendered once, then served from memory with validators, gzip and
 * {@code Cache-Control}, until public content changes.
 *
 * <p>Eviction: services fire a {@link app.tribune.platform.cache.ContentChange} CDI event when they
 * change what readers see; {@link app.tribune.platform.cache.PageCache} clears itself after the
 * transaction commits. Pages also expire after {@code tribune.page-cache.time-to-live-seconds} (ten
 * minutes), because some change with time alone: a scheduled article whose hour has come, the next
 * events.
 *
 * <p>Several nodes: each node has its own cache, and an event fired on one node reaches only that
 * node's observers. When the application runs as a cluster (Payara Micro without {@code
 * --nocluster}; the nodes then share Payara's Hazelcast), the change must also be sent to the other
 * nodes, for instance with Payara's clustered CDI events ({@code @Outbound} on the firing side, an
 * {@code @Inbound} observer here that clears the cache) or a Hazelcast topic. Not wired yet: the
 * run script starts a single node.
 *
 * <p>What pages must respect for their cached copy to be right for every reader: render the same
 * bytes for everybody at the same address (nothing from cookies, {@code Accept-Language} or the
 * {@code Host} header: absolute links come from {@code tribune.base.url}); never set a cookie or
 * open a session; and a page that is personal (reached through a token, say) either lives under an
 * excluded address in {@link app.tribune.platform.cache.PageCacheFilter} or sends {@code
 * Cache-Control: no-store} itself.
 */
package app.tribune.platform.cache;
