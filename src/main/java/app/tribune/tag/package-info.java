/** Free keywords that cut across sections, each with its public list of articles. */
package app.tribune.tag;
