/** The preferences schema's version, on its own so page scripts can check it without the schema. */
export const PREFS_VERSION = 3;
