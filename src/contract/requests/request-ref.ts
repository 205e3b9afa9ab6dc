/** "R-42": the reference people quote on the phone and in e-mails — one format for the server and the web app. */
export const requestRef = (ref: number): string => `R-${ref}`;
