/** Where the web app reads an organisation's journey. */
export const journeyPath = (organisationId: string) =>
  `/api/v1/organisations/${encodeURIComponent(organisationId)}/journey`;

/** The journey page in the web app. */
export const journeyPagePath = (organisationId: string) => `/organisations/${organisationId}/journey`;
