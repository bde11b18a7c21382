/**
 * The public tag page (the articles on one theme), and the back office screen where tags are
 * renamed, merged and deleted.
 */
package app.tribune.tag.web;
