/** Text handling every feature shares: URL slugs and the rich-text policy. */
package app.tribune.platform.text;
