export const fact = {} as const;
