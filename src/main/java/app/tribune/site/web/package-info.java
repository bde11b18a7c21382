/**
 * View beans and helpers shared by the public pages: the layout's site data, the home page, links,
 * display formats, typography, pagination and what search engines read (structured data).
 */
package app.tribune.site.web;
