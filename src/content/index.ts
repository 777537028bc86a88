/** Content script of Policy Lens, run on every report page. */
export {};
