/**
 * The newsletter composer: an editor reworks a draft issue (subject, preheader, introduction, items
 * and their order and teasers), previews it exactly as it will be sent, mails test copies to a few
 * addresses, and schedules the send of a ready issue, which a timer then starts once across the
 * cluster.
 */
package app.tribune.newsletter.composing;
