export const other = {} as const;
