-- Repurchase cohorts of any month window and end day, from a table that grows with days, not
-- orders. For each buyer and each month they bought in, their first buying day of that month
-- ('month'), and the first day of their second month ('second'), counted per first month (the
-- cohort) and day. A cohort's buyers, its buyers who bought again in a later month up to a day,
-- and those who ever came back are then sums over days. Built with `buyer_visits` by the
-- warm-up, under the same `buyer_visits_built` data version (docs/decisions/012).
CREATE TABLE `buyer_cohort_days` (
	`merchant_id` integer NOT NULL,
	`first_month` text NOT NULL,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`buyers` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE INDEX `buyer_cohort_days_cohort_day` ON `buyer_cohort_days` (`merchant_id`,`first_month`,`day`,`kind`,`buyers`);
--> statement-breakpoint
-- buyer visits built before this table existed have no cohort days beside them: count from
-- orders until the warm-up builds both again
DELETE FROM `buyer_visits_built`;
