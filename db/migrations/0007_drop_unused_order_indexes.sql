-- No page, undo or re-derivation query uses these two orders indexes any more (EXPLAIN QUERY PLAN
-- over the queries of app/queries, docs/decisions/011): Shelf reads channel_day (migration 0006)
-- instead of the covering pillar/channel index, and nothing looks orders up by content. Every
-- bulk import rebuilt both.
DROP INDEX IF EXISTS `orders_merchant_content`;--> statement-breakpoint
DROP INDEX IF EXISTS `orders_merchant_pillar_channel`;
