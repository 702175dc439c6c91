export const phases = {} as const;
