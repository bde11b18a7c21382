/** View beans of the public pages: the layout's site data, the home page, display formats. */
package app.tribune.site.web;
