/** Serving stored media to readers at /media/{id}/{name}. */
package app.tribune.media.web;
