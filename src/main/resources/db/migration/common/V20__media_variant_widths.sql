-- The widths an image's resized variants were made at, space-separated ("480 960"), so public
-- pages can write an image's srcset from the row they already read, without loading its variants.
ALTER TABLE media_asset ADD COLUMN variant_widths VARCHAR(40);
