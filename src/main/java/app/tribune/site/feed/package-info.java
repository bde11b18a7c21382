/**
 * Documents for machines rather than readers: the Atom feeds (whole site, one section, the
 * newsletter archive), the sitemap and {@code robots.txt}. Each is a thin servlet over the
 * features' services; none renders through JSF, none touches the HTTP session.
 */
package app.tribune.site.feed;
