-- A bounce report finds its delivery by the issue and subscriber its Message-ID names, through the
-- unique (issue_id, subscriber_id) index: an index of Message-IDs cost every mail sent one more
-- write. The column stays, saying which Message-ID a copy went under.
DROP INDEX ix_delivery_message_id;
