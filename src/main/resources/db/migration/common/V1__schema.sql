-- Tribune's schema, in SQL that both H2 2.2 and PostgreSQL 16 accept unchanged.
-- ${blob} is set by the migration runner: BLOB on H2, BYTEA on PostgreSQL.
--
-- Sequences start at 50: EclipseLink takes each value as the last of a block of 50 ids, so the
-- first block is 1..50.
-- Foreign keys restrict deletion unless a rule below says otherwise: ON DELETE CASCADE where the
-- rows only make sense with their owner, ON DELETE SET NULL where a record must outlive what it
-- points to (consent proof, delivery history, sent newsletters).

CREATE SEQUENCE media_asset_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE media_variant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partner_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE section_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE tag_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE author_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subscriber_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consent_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE suppressed_address_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE newsletter_issue_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE newsletter_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE delivery_seq START WITH 50 INCREMENT BY 50;

-- ---------------------------------------------------------------- media

CREATE TABLE media_asset (
    id              BIGINT       NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    original_name   VARCHAR(255) NOT NULL,
    storage_name    VARCHAR(80)  NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    byte_size       BIGINT       NOT NULL,
    width           INTEGER,
    height          INTEGER,
    alt_text        VARCHAR(500),
    caption         VARCHAR(1000),
    credit          VARCHAR(200),
    checksum        VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64),
    CONSTRAINT pk_media_asset PRIMARY KEY (id),
    CONSTRAINT uk_media_asset_storage_name UNIQUE (storage_name)
);
CREATE INDEX ix_media_asset_checksum ON media_asset (checksum);
CREATE INDEX ix_media_asset_created_at ON media_asset (created_at);

CREATE TABLE media_content (
    media_asset_id  BIGINT  NOT NULL,
    bytes           ${blob} NOT NULL,
    CONSTRAINT pk_media_content PRIMARY KEY (media_asset_id),
    CONSTRAINT fk_media_content_asset FOREIGN KEY (media_asset_id)
        REFERENCES media_asset (id) ON DELETE CASCADE
);

CREATE TABLE media_variant (
    id              BIGINT       NOT NULL,
    media_asset_id  BIGINT       NOT NULL,
    width           INTEGER      NOT NULL,
    height          INTEGER      NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    byte_size       BIGINT       NOT NULL,
    bytes           ${blob}      NOT NULL,
    CONSTRAINT pk_media_variant PRIMARY KEY (id),
    CONSTRAINT uk_media_variant_size UNIQUE (media_asset_id, width, height, content_type),
    CONSTRAINT fk_media_variant_asset FOREIGN KEY (media_asset_id)
        REFERENCES media_asset (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- partners, sections, tags, authors

CREATE TABLE partner (
    id              BIGINT        NOT NULL,
    version         BIGINT        DEFAULT 0 NOT NULL,
    funder          BOOLEAN       DEFAULT TRUE NOT NULL,
    name            VARCHAR(160)  NOT NULL,
    description     VARCHAR(1000),
    logo_id         BIGINT,
    url             VARCHAR(500),
    sort_order      INTEGER       DEFAULT 0 NOT NULL,
    active_from     DATE,
    active_until    DATE,
    CONSTRAINT pk_partner PRIMARY KEY (id),
    CONSTRAINT fk_partner_logo FOREIGN KEY (logo_id) REFERENCES media_asset (id),
    CONSTRAINT ck_partner_period CHECK (active_until IS NULL OR active_from IS NULL
                                        OR active_until >= active_from)
);

CREATE TABLE section (
    id                    BIGINT        NOT NULL,
    version               BIGINT        DEFAULT 0 NOT NULL,
    name                  VARCHAR(120)  NOT NULL,
    slug                  VARCHAR(120)  NOT NULL,
    description           VARCHAR(1000),
    parent_id             BIGINT,
    sort_order            INTEGER       DEFAULT 0 NOT NULL,
    campaign              BOOLEAN       DEFAULT FALSE NOT NULL,
    hero_image_id         BIGINT,
    call_to_action_label  VARCHAR(80),
    call_to_action_url    VARCHAR(500),
    active                BOOLEAN       DEFAULT TRUE NOT NULL,
    CONSTRAINT pk_section PRIMARY KEY (id),
    CONSTRAINT uk_section_slug UNIQUE (slug),
    CONSTRAINT fk_section_parent FOREIGN KEY (parent_id) REFERENCES section (id),
    CONSTRAINT fk_section_hero_image FOREIGN KEY (hero_image_id) REFERENCES media_asset (id)
);
CREATE INDEX ix_section_parent ON section (parent_id);

CREATE TABLE section_name (
    section_id  BIGINT       NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT pk_section_name PRIMARY KEY (section_id, language),
    CONSTRAINT fk_section_name_section FOREIGN KEY (section_id)
        REFERENCES section (id) ON DELETE CASCADE
);

CREATE TABLE section_partner (
    section_id  BIGINT NOT NULL,
    partner_id  BIGINT NOT NULL,
    CONSTRAINT pk_section_partner PRIMARY KEY (section_id, partner_id),
    CONSTRAINT fk_section_partner_section FOREIGN KEY (section_id)
        REFERENCES section (id) ON DELETE CASCADE,
    CONSTRAINT fk_section_partner_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_section_partner_partner ON section_partner (partner_id);

CREATE TABLE tag (
    id       BIGINT       NOT NULL,
    version  BIGINT       DEFAULT 0 NOT NULL,
    name     VARCHAR(80)  NOT NULL,
    slug     VARCHAR(120) NOT NULL,
    CONSTRAINT pk_tag PRIMARY KEY (id),
    CONSTRAINT uk_tag_name UNIQUE (name),
    CONSTRAINT uk_tag_slug UNIQUE (slug)
);

CREATE TABLE author (
    id        BIGINT       NOT NULL,
    version   BIGINT       DEFAULT 0 NOT NULL,
    name      VARCHAR(160) NOT NULL,
    slug      VARCHAR(120) NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    bio       TEXT,
    photo_id  BIGINT,
    website   VARCHAR(500),
    CONSTRAINT pk_author PRIMARY KEY (id),
    CONSTRAINT uk_author_slug UNIQUE (slug),
    CONSTRAINT fk_author_photo FOREIGN KEY (photo_id) REFERENCES media_asset (id)
);

-- ---------------------------------------------------------------- articles

CREATE TABLE article (
    id                   BIGINT        NOT NULL,
    version              BIGINT        DEFAULT 0 NOT NULL,
    slug                 VARCHAR(120)  NOT NULL,
    surtitle             VARCHAR(200),
    title                VARCHAR(300)  NOT NULL,
    subtitle             VARCHAR(300),
    lead                 TEXT,
    body                 TEXT,
    ps                   TEXT,
    type                 VARCHAR(32)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    status_before_trash  VARCHAR(20),
    section_id           BIGINT        NOT NULL,
    language             VARCHAR(2)    NOT NULL,
    translation_group    VARCHAR(36)   NOT NULL,
    publish_at           TIMESTAMP WITH TIME ZONE,
    unpublish_at         TIMESTAMP WITH TIME ZONE,
    published_at         TIMESTAMP WITH TIME ZONE,
    archived_at          TIMESTAMP WITH TIME ZONE,
    trashed_at           TIMESTAMP WITH TIME ZONE,
    pinned               BOOLEAN       DEFAULT FALSE NOT NULL,
    featured             BOOLEAN       DEFAULT FALSE NOT NULL,
    featured_image_id    BIGINT,
    review_comment       VARCHAR(2000),
    meta_description     VARCHAR(300),
    revision_count       INTEGER       DEFAULT 0 NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(64),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(64),
    CONSTRAINT pk_article PRIMARY KEY (id),
    CONSTRAINT uk_article_slug UNIQUE (slug),
    -- One article per language in a translation group.
    CONSTRAINT uk_article_translation UNIQUE (translation_group, language),
    CONSTRAINT fk_article_section FOREIGN KEY (section_id) REFERENCES section (id),
    CONSTRAINT fk_article_featured_image FOREIGN KEY (featured_image_id)
        REFERENCES media_asset (id)
);
-- Public lists: published articles newest first, per section, per language.
CREATE INDEX ix_article_status_published_at ON article (status, published_at);
CREATE INDEX ix_article_section ON article (section_id, status, published_at);
CREATE INDEX ix_article_language ON article (language, status, published_at);
-- The scheduler's due publications.
CREATE INDEX ix_article_status_publish_at ON article (status, publish_at);

CREATE TABLE article_tag (
    article_id  BIGINT NOT NULL,
    tag_id      BIGINT NOT NULL,
    CONSTRAINT pk_article_tag PRIMARY KEY (article_id, tag_id),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE,
    -- Deleting a tag untags its articles.
    CONSTRAINT fk_article_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_tag_tag ON article_tag (tag_id);

CREATE TABLE article_author (
    article_id  BIGINT  NOT NULL,
    author_id   BIGINT  NOT NULL,
    sort_order  INTEGER NOT NULL,
    CONSTRAINT pk_article_author PRIMARY KEY (article_id, author_id),
    CONSTRAINT fk_article_author_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_author_author FOREIGN KEY (author_id) REFERENCES author (id)
);
CREATE INDEX ix_article_author_author ON article_author (author_id);

CREATE TABLE article_related (
    article_id          BIGINT  NOT NULL,
    related_article_id  BIGINT  NOT NULL,
    sort_order          INTEGER NOT NULL,
    CONSTRAINT pk_article_related PRIMARY KEY (article_id, related_article_id),
    CONSTRAINT fk_article_related_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE,
    -- Deleting an article removes it from the picks of others.
    CONSTRAINT fk_article_related_related FOREIGN KEY (related_article_id)
        REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_related_related ON article_related (related_article_id);

CREATE TABLE article_partner (
    article_id  BIGINT NOT NULL,
    partner_id  BIGINT NOT NULL,
    CONSTRAINT pk_article_partner PRIMARY KEY (article_id, partner_id),
    CONSTRAINT fk_article_partner_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_partner_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_article_partner_partner ON article_partner (partner_id);

CREATE TABLE article_attachment (
    article_id      BIGINT  NOT NULL,
    media_asset_id  BIGINT  NOT NULL,
    sort_order      INTEGER NOT NULL,
    CONSTRAINT pk_article_attachment PRIMARY KEY (article_id, media_asset_id),
    CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_attachment_asset FOREIGN KEY (media_asset_id)
        REFERENCES media_asset (id)
);
CREATE INDEX ix_article_attachment_asset ON article_attachment (media_asset_id);

CREATE TABLE revision (
    id          BIGINT       NOT NULL,
    article_id  BIGINT       NOT NULL,
    number      INTEGER      NOT NULL,
    surtitle    VARCHAR(200),
    title       VARCHAR(300) NOT NULL,
    subtitle    VARCHAR(300),
    lead        TEXT,
    body        TEXT,
    ps          TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64),
    note        VARCHAR(500),
    CONSTRAINT pk_revision PRIMARY KEY (id),
    CONSTRAINT uk_revision_number UNIQUE (article_id, number),
    CONSTRAINT fk_revision_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- events

CREATE TABLE event (
    id           BIGINT       NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL,
    title        VARCHAR(300) NOT NULL,
    slug         VARCHAR(120) NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE,
    all_day      BOOLEAN      DEFAULT FALSE NOT NULL,
    place        VARCHAR(200),
    address      VARCHAR(500),
    online_url   VARCHAR(500),
    description  TEXT,
    section_id   BIGINT,
    image_id     BIGINT,
    language     VARCHAR(2)   NOT NULL,
    cancelled    BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT uk_event_slug UNIQUE (slug),
    CONSTRAINT fk_event_section FOREIGN KEY (section_id) REFERENCES section (id),
    CONSTRAINT fk_event_image FOREIGN KEY (image_id) REFERENCES media_asset (id),
    CONSTRAINT ck_event_period CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX ix_event_starts_at ON event (starts_at);
CREATE INDEX ix_event_section ON event (section_id);

-- ---------------------------------------------------------------- accounts and audit

CREATE TABLE account (
    id                    BIGINT       NOT NULL,
    version               BIGINT       DEFAULT 0 NOT NULL,
    username              VARCHAR(64)  NOT NULL,
    display_name          VARCHAR(120) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(255) NOT NULL,
    enabled               BOOLEAN      DEFAULT TRUE NOT NULL,
    must_change_password  BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at         TIMESTAMP WITH TIME ZONE,
    password_changed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id)
        REFERENCES account (id) ON DELETE CASCADE
);

-- No foreign keys: the log outlives what it mentions.
CREATE TABLE audit_entry (
    id              BIGINT      NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64) NOT NULL,
    action          VARCHAR(64) NOT NULL,
    target_type     VARCHAR(64),
    target_id       VARCHAR(64),
    detail          TEXT,
    remote_address  VARCHAR(64),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);

-- ---------------------------------------------------------------- site settings

CREATE TABLE site_settings (
    id                    BIGINT        NOT NULL,
    version               BIGINT        DEFAULT 0 NOT NULL,
    site_name             VARCHAR(120)  NOT NULL,
    tagline               VARCHAR(300),
    logo_id               BIGINT,
    facebook_url          VARCHAR(500),
    x_url                 VARCHAR(500),
    instagram_url         VARCHAR(500),
    linkedin_url          VARCHAR(500),
    youtube_url           VARCHAR(500),
    mastodon_url          VARCHAR(500),
    donate_url            VARCHAR(500),
    contact_email         VARCHAR(254),
    postal_address        VARCHAR(500),
    footer_text           VARCHAR(2000),
    privacy_url           VARCHAR(500),
    consent_text_version  VARCHAR(32)   NOT NULL,
    tracking_enabled      BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_site_settings PRIMARY KEY (id),
    CONSTRAINT ck_site_settings_single_row CHECK (id = 1),
    CONSTRAINT fk_site_settings_logo FOREIGN KEY (logo_id) REFERENCES media_asset (id)
);

CREATE TABLE site_partner (
    site_settings_id  BIGINT NOT NULL,
    partner_id        BIGINT NOT NULL,
    CONSTRAINT pk_site_partner PRIMARY KEY (site_settings_id, partner_id),
    CONSTRAINT fk_site_partner_site FOREIGN KEY (site_settings_id)
        REFERENCES site_settings (id) ON DELETE CASCADE,
    CONSTRAINT fk_site_partner_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_site_partner_partner ON site_partner (partner_id);

-- The only row; the application reads it and never creates it.
INSERT INTO site_settings (id, version, site_name, consent_text_version, tracking_enabled)
VALUES (1, 0, 'Tribune', '1', FALSE);

-- ---------------------------------------------------------------- newsletter

CREATE TABLE subscriber (
    id                       BIGINT       NOT NULL,
    version                  BIGINT       DEFAULT 0 NOT NULL,
    email                    VARCHAR(254) NOT NULL,
    name                     VARCHAR(120),
    status                   VARCHAR(20)  NOT NULL,
    language                 VARCHAR(2)   NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at             TIMESTAMP WITH TIME ZONE,
    unsubscribed_at          TIMESTAMP WITH TIME ZONE,
    soft_bounce_count        INTEGER      DEFAULT 0 NOT NULL,
    confirmation_token_hash  VARCHAR(64),
    confirmation_expires_at  TIMESTAMP WITH TIME ZONE,
    last_change_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscriber PRIMARY KEY (id),
    CONSTRAINT uk_subscriber_email UNIQUE (email)
);
-- Recipient selection and the admin filter by status, keyset-paged by id.
CREATE INDEX ix_subscriber_status ON subscriber (status, id);
CREATE INDEX ix_subscriber_confirmation_token ON subscriber (confirmation_token_hash);

CREATE TABLE subscriber_topic (
    subscriber_id  BIGINT NOT NULL,
    section_id     BIGINT NOT NULL,
    CONSTRAINT pk_subscriber_topic PRIMARY KEY (subscriber_id, section_id),
    CONSTRAINT fk_subscriber_topic_subscriber FOREIGN KEY (subscriber_id)
        REFERENCES subscriber (id) ON DELETE CASCADE,
    -- Deleting a section drops it from everyone's preferences.
    CONSTRAINT fk_subscriber_topic_section FOREIGN KEY (section_id)
        REFERENCES section (id) ON DELETE CASCADE
);
CREATE INDEX ix_subscriber_topic_section ON subscriber_topic (section_id);

CREATE TABLE consent_event (
    id                    BIGINT       NOT NULL,
    subscriber_id         BIGINT,
    email_hash            VARCHAR(64)  NOT NULL,
    type                  VARCHAR(32)  NOT NULL,
    source                VARCHAR(32)  NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_text_version  VARCHAR(32),
    detail                VARCHAR(1000),
    CONSTRAINT pk_consent_event PRIMARY KEY (id),
    -- Erasing a subscriber keeps the proof of consent, unlinked.
    CONSTRAINT fk_consent_event_subscriber FOREIGN KEY (subscriber_id)
        REFERENCES subscriber (id) ON DELETE SET NULL
);
CREATE INDEX ix_consent_event_subscriber ON consent_event (subscriber_id);
CREATE INDEX ix_consent_event_email_hash ON consent_event (email_hash);

CREATE TABLE suppressed_address (
    id             BIGINT      NOT NULL,
    email_hash     VARCHAR(64) NOT NULL,
    reason         VARCHAR(20) NOT NULL,
    suppressed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_suppressed_address PRIMARY KEY (id),
    CONSTRAINT uk_suppressed_address_email_hash UNIQUE (email_hash)
);

CREATE TABLE newsletter_issue (
    id               BIGINT       NOT NULL,
    version          BIGINT       DEFAULT 0 NOT NULL,
    number           INTEGER      NOT NULL,
    period           VARCHAR(7)   NOT NULL,
    subject          VARCHAR(200),
    introduction     TEXT,
    status           VARCHAR(20)  NOT NULL,
    language         VARCHAR(2),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ready_at         TIMESTAMP WITH TIME ZONE,
    send_started_at  TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    recipient_count  INTEGER      DEFAULT 0 NOT NULL,
    sent_count       INTEGER      DEFAULT 0 NOT NULL,
    failed_count     INTEGER      DEFAULT 0 NOT NULL,
    bounced_count    INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_newsletter_issue PRIMARY KEY (id),
    CONSTRAINT uk_newsletter_issue_number UNIQUE (number),
    -- One issue per month, which is also what keeps a scheduled run from starting twice.
    CONSTRAINT uk_newsletter_issue_period UNIQUE (period)
);
CREATE INDEX ix_newsletter_issue_status ON newsletter_issue (status, number);

CREATE TABLE newsletter_item (
    id               BIGINT       NOT NULL,
    issue_id         BIGINT       NOT NULL,
    sort_order       INTEGER NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    article_id       BIGINT,
    event_id         BIGINT,
    section_heading  VARCHAR(200),
    title            VARCHAR(300) NOT NULL,
    teaser           VARCHAR(2000),
    CONSTRAINT pk_newsletter_item PRIMARY KEY (id),
    CONSTRAINT fk_newsletter_item_issue FOREIGN KEY (issue_id)
        REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    -- A sent issue keeps its copied texts when the article or event goes.
    CONSTRAINT fk_newsletter_item_article FOREIGN KEY (article_id)
        REFERENCES article (id) ON DELETE SET NULL,
    CONSTRAINT fk_newsletter_item_event FOREIGN KEY (event_id)
        REFERENCES event (id) ON DELETE SET NULL
);
CREATE INDEX ix_newsletter_item_issue ON newsletter_item (issue_id, sort_order);
CREATE INDEX ix_newsletter_item_article ON newsletter_item (article_id);
CREATE INDEX ix_newsletter_item_event ON newsletter_item (event_id);

CREATE TABLE delivery (
    id             BIGINT        NOT NULL,
    version        BIGINT        DEFAULT 0 NOT NULL,
    issue_id       BIGINT        NOT NULL,
    subscriber_id  BIGINT,
    email          VARCHAR(254)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    attempts       INTEGER       DEFAULT 0 NOT NULL,
    message_id     VARCHAR(255),
    last_error     VARCHAR(1000),
    claimed_at     TIMESTAMP WITH TIME ZONE,
    sent_at        TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    -- One delivery per recipient and issue: materialising twice cannot mail anyone twice.
    CONSTRAINT uk_delivery_recipient UNIQUE (issue_id, subscriber_id),
    CONSTRAINT fk_delivery_issue FOREIGN KEY (issue_id)
        REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    -- Erasing a subscriber keeps the delivery counts, unlinked.
    CONSTRAINT fk_delivery_subscriber FOREIGN KEY (subscriber_id)
        REFERENCES subscriber (id) ON DELETE SET NULL
);
-- The sender's keyset reader: pending deliveries of an issue by id.
CREATE INDEX ix_delivery_issue_status ON delivery (issue_id, status, id);
CREATE INDEX ix_delivery_subscriber ON delivery (subscriber_id);
CREATE INDEX ix_delivery_message_id ON delivery (message_id);
