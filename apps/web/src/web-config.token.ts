/** The injection token of the WebConfig. */
export const WEB_CONFIG = Symbol('WEB_CONFIG');

/** The folder of the built front-end (Vite's output). */
export const CLIENT_DIR = Symbol('CLIENT_DIR');
