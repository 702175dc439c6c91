ALTER TABLE `accounts` ADD `handle` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `group_id` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `main_order_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `sales_source` text DEFAULT '' NOT NULL;