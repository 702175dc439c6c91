-- The Field and Alliance pages read rollup-sized data only (docs/scale.md, issue 15).
--
-- segment_day.first_paid_at: the earliest paid_at of the row's counted orders (NULL when it has
-- none), kept by MIN wherever segment_day is written. The Field page takes a live session's start
-- from it instead of reading the period's Field orders.
--
-- account_content_prev_day: for each account, day and previous active day of a content
-- (account_content_day's days of the same account and content; '' for none), how many contents.
-- The contents an account had active in [a, b] are those active on a plus, for the days after a,
-- those whose previous active day is before a: a sum over the period's account-days, not a
-- distinct count over its content-days.
--
-- Both are filled here from what is stored, so databases made before this migration show the
-- same figures at once.
ALTER TABLE `segment_day` ADD `first_paid_at` integer;
--> statement-breakpoint
UPDATE `segment_day` SET `first_paid_at` = f.`first_paid_at`
  FROM (SELECT `merchant_id`, `day`, `pillar`, `campaign_id`, `attributed_account_id` AS `account_id`, `content_id`, MIN(`paid_at`) AS `first_paid_at`
          FROM `orders` WHERE `status` <> 'cancelled'
         GROUP BY `merchant_id`, `day`, `pillar`, `campaign_id`, `attributed_account_id`, `content_id`) AS f
 WHERE `segment_day`.`merchant_id` = f.`merchant_id` AND `segment_day`.`day` = f.`day` AND `segment_day`.`pillar` = f.`pillar`
   AND `segment_day`.`campaign_id` = f.`campaign_id` AND `segment_day`.`account_id` = f.`account_id`
   AND `segment_day`.`content_id` = f.`content_id`;
--> statement-breakpoint
CREATE INDEX `account_content_day_content` ON `account_content_day` (`merchant_id`,`account_id`,`content_id`,`day`);
--> statement-breakpoint
CREATE TABLE `account_content_prev_day` (
	`merchant_id` integer NOT NULL,
	`day` text NOT NULL,
	`account_id` text NOT NULL,
	`prev_day` text NOT NULL,
	`contents` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `day`, `account_id`, `prev_day`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `account_content_prev_day` (`merchant_id`, `day`, `account_id`, `prev_day`, `contents`)
SELECT `merchant_id`, `day`, `account_id`, `prev_day`, COUNT(*)
  FROM (SELECT `merchant_id`, `account_id`, `day`,
               COALESCE(LAG(`day`) OVER (PARTITION BY `merchant_id`, `account_id`, `content_id` ORDER BY `day`), '') AS `prev_day`
          FROM `account_content_day`)
 GROUP BY `merchant_id`, `day`, `account_id`, `prev_day`;
