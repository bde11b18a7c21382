-- When a report said the delivery's mail could not be delivered for now (a soft bounce). The
-- delivery stays sent; the time lets a second report on the same mail count for nothing, and an
-- earlier delivery without one count as delivered (see Subscriber.recordSoftBounce).
ALTER TABLE delivery ADD COLUMN soft_bounced_at TIMESTAMP WITH TIME ZONE;
