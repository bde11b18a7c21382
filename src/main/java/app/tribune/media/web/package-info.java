/**
 * Media on the web: serving stored files to readers at /media/{id}/{name}, and the back office's
 * library screen (upload, describe, find, delete).
 */
package app.tribune.media.web;
