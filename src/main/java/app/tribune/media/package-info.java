/**
 * The media library: images and documents stored in the database so every node serves the same
 * files. Metadata, original bytes and resized variants live in separate tables so that listing the
 * library never reads file contents.
 */
package app.tribune.media;
